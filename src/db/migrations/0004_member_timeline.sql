DROP INDEX "conversation_members_member_idx";--> statement-breakpoint
ALTER TABLE "conversation_members" ADD COLUMN "occurred_at" timestamp with time zone;--> statement-breakpoint
UPDATE "conversation_members" AS m SET "occurred_at" = c."occurred_at" FROM "conversations" AS c WHERE c."firm_id" = m."firm_id" AND c."id" = m."conversation_id";--> statement-breakpoint
ALTER TABLE "conversation_members" ALTER COLUMN "occurred_at" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "conversation_members_timeline_idx" ON "conversation_members" USING btree ("firm_id","member_id","occurred_at" DESC NULLS LAST,"conversation_id" DESC NULLS LAST);
