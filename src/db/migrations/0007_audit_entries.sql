CREATE TABLE "audit_entries" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_member_id" uuid,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"summary" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"reason" text,
	CONSTRAINT "audit_entries_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "audit_entries_action_check" CHECK ("audit_entries"."action" in ('person_erased')),
	CONSTRAINT "audit_entries_subject_check" CHECK ("audit_entries"."subject" in ('person')),
	CONSTRAINT "audit_entries_summary_object_check" CHECK (jsonb_typeof("audit_entries"."summary") = 'object')
);
--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_entries" ADD CONSTRAINT "audit_entries_firm_id_actor_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","actor_member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("actor_member_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("firm_id","at" DESC NULLS LAST,"id" DESC NULLS LAST);