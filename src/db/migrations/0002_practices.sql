CREATE TABLE "close_outs" (
	"firm_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"referral_id" uuid,
	"value_add" text,
	"value_gift_id" uuid,
	"follow_up_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "close_outs_firm_id_conversation_id_pk" PRIMARY KEY("firm_id","conversation_id")
);
--> statement-breakpoint
CREATE TABLE "commitment_renegotiations" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"commitment_id" uuid NOT NULL,
	"from_due_on" date NOT NULL,
	"to_due_on" date NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "commitment_renegotiations_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "commitment_renegotiations_reason_check" CHECK (length(btrim("commitment_renegotiations"."reason")) > 0)
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"side" text NOT NULL,
	"description" text NOT NULL,
	"due_on" date NOT NULL,
	"original_due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"kept_on" date,
	"broken_reason" text,
	"resolved_at" timestamp with time zone,
	"renegotiation_count" integer DEFAULT 0 NOT NULL,
	"member_id" uuid,
	"person_id" uuid,
	"organization_id" uuid,
	"need_id" uuid,
	"conversation_id" uuid,
	"incident_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "commitments_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "commitments_side_check" CHECK ("commitments"."side" in ('us', 'client')),
	CONSTRAINT "commitments_status_check" CHECK ("commitments"."status" in ('open', 'kept', 'broken')),
	CONSTRAINT "commitments_description_check" CHECK (length(btrim("commitments"."description")) > 0),
	CONSTRAINT "commitments_kept_check" CHECK (("commitments"."status" = 'kept') = ("commitments"."kept_on" is not null)),
	CONSTRAINT "commitments_broken_check" CHECK (("commitments"."status" = 'broken') = ("commitments"."broken_reason" is not null)),
	CONSTRAINT "commitments_resolved_check" CHECK (("commitments"."status" = 'open') = ("commitments"."resolved_at" is null))
);
--> statement-breakpoint
CREATE TABLE "follow_ups" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"content" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"member_id" uuid,
	"person_id" uuid,
	"organization_id" uuid,
	"need_id" uuid,
	"conversation_id" uuid,
	"done_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"cancel_reason" text,
	"snooze_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "follow_ups_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "follow_ups_status_check" CHECK ("follow_ups"."status" in ('open', 'done', 'cancelled')),
	CONSTRAINT "follow_ups_content_check" CHECK (length(btrim("follow_ups"."content")) > 0),
	CONSTRAINT "follow_ups_done_check" CHECK (("follow_ups"."status" = 'done') = ("follow_ups"."done_at" is not null)),
	CONSTRAINT "follow_ups_cancelled_check" CHECK (("follow_ups"."status" = 'cancelled') = ("follow_ups"."cancel_reason" is not null))
);
--> statement-breakpoint
CREATE TABLE "gifts" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"specific_to_client" text NOT NULL,
	"risk_taken" text,
	"given_on" date NOT NULL,
	"reference" text,
	"response" text DEFAULT 'pending' NOT NULL,
	"response_note" text,
	"person_id" uuid,
	"organization_id" uuid,
	"need_id" uuid,
	"conversation_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "gifts_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "gifts_kind_check" CHECK ("gifts"."kind" in ('insight', 'tool', 'paper', 'sample_of_work', 'introduction', 'other')),
	CONSTRAINT "gifts_response_check" CHECK ("gifts"."response" in ('pending', 'used', 'appreciated', 'ignored', 'declined')),
	CONSTRAINT "gifts_title_check" CHECK (length(btrim("gifts"."title")) > 0),
	CONSTRAINT "gifts_specific_check" CHECK (length(btrim("gifts"."specific_to_client")) > 0)
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"title" text NOT NULL,
	"what_happened" text NOT NULL,
	"reported_at" timestamp with time zone NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"need_id" uuid,
	"acknowledged_at" timestamp with time zone,
	"acknowledgement" text,
	"explained_at" timestamp with time zone,
	"explanation" text,
	"prevention_at" timestamp with time zone,
	"prevention" text,
	"verified_at" timestamp with time zone,
	"verification" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "incidents_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "incidents_title_check" CHECK (length(btrim("incidents"."title")) > 0),
	CONSTRAINT "incidents_acknowledged_check" CHECK (("incidents"."acknowledged_at" is null) = ("incidents"."acknowledgement" is null)),
	CONSTRAINT "incidents_explained_check" CHECK (("incidents"."explained_at" is null) = ("incidents"."explanation" is null)),
	CONSTRAINT "incidents_prevention_check" CHECK (("incidents"."prevention_at" is null) = ("incidents"."prevention" is null)),
	CONSTRAINT "incidents_verified_check" CHECK (("incidents"."verified_at" is null) = ("incidents"."verification" is null))
);
--> statement-breakpoint
CREATE TABLE "journey_steps" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"owner_side" text NOT NULL,
	"owner_person_id" uuid,
	"owner_member_id" uuid,
	"target_on" date,
	"status" text DEFAULT 'planned' NOT NULL,
	"notes" text,
	"completed_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "journey_steps_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "journey_steps_title_check" CHECK (length(btrim("journey_steps"."title")) > 0),
	CONSTRAINT "journey_steps_owner_side_check" CHECK ("journey_steps"."owner_side" in ('client', 'us', 'both')),
	CONSTRAINT "journey_steps_status_check" CHECK ("journey_steps"."status" in ('planned', 'in_progress', 'done', 'skipped'))
);
--> statement-breakpoint
CREATE TABLE "need_people" (
	"firm_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	CONSTRAINT "need_people_firm_id_need_id_person_id_pk" PRIMARY KEY("firm_id","need_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "needs" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"title" text NOT NULL,
	"organization_id" uuid,
	"lead_member_id" uuid,
	"outcome" text,
	"outcome_reason" text,
	"outcome_lesson" text,
	"outcome_at" timestamp with time zone,
	"outcome_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "needs_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "needs_title_check" CHECK (length(btrim("needs"."title")) > 0),
	CONSTRAINT "needs_outcome_check" CHECK ("needs"."outcome" in ('engaged', 'referred_out', 'advised_not_to_buy', 'no_decision', 'chose_another_provider', 'deferred')),
	CONSTRAINT "needs_outcome_reason_check" CHECK (("needs"."outcome" is null) = ("needs"."outcome_reason" is null) and ("needs"."outcome" is null) = ("needs"."outcome_at" is null))
);
--> statement-breakpoint
CREATE TABLE "problem_statement_confirmations" (
	"firm_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"how" text NOT NULL,
	"confirmed_at" timestamp with time zone NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "problem_statement_confirmations_firm_id_need_id_version_person_id_pk" PRIMARY KEY("firm_id","need_id","version","person_id"),
	CONSTRAINT "problem_statement_confirmations_how_check" CHECK ("problem_statement_confirmations"."how" in ('in_person', 'call', 'video', 'email', 'message', 'share_page'))
);
--> statement-breakpoint
CREATE TABLE "problem_statements" (
	"firm_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"text" text NOT NULL,
	"origin" text NOT NULL,
	"change_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "problem_statements_firm_id_need_id_version_pk" PRIMARY KEY("firm_id","need_id","version"),
	CONSTRAINT "problem_statements_version_check" CHECK ("problem_statements"."version" >= 1),
	CONSTRAINT "problem_statements_text_check" CHECK (length(btrim("problem_statements"."text")) > 0),
	CONSTRAINT "problem_statements_origin_check" CHECK ("problem_statements"."origin" in ('first_stated', 'working', 'jointly_defined'))
);
--> statement-breakpoint
CREATE TABLE "providers" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"good_at" text NOT NULL,
	"contact_name" text,
	"email" text,
	"phone" text,
	"website" text,
	"notes" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "providers_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "providers_kind_check" CHECK ("providers"."kind" in ('firm', 'person')),
	CONSTRAINT "providers_name_check" CHECK (length(btrim("providers"."name")) > 0),
	CONSTRAINT "providers_good_at_check" CHECK (length(btrim("providers"."good_at")) > 0)
);
--> statement-breakpoint
CREATE TABLE "referrals" (
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"firm_id" uuid NOT NULL,
	"direction" text NOT NULL,
	"provider_id" uuid,
	"referred_by_person_id" uuid,
	"referred_by_name" text,
	"person_id" uuid,
	"organization_id" uuid,
	"need_id" uuid,
	"conversation_id" uuid,
	"reason" text NOT NULL,
	"referred_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "referrals_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "referrals_direction_check" CHECK ("referrals"."direction" in ('out', 'in')),
	CONSTRAINT "referrals_out_provider_check" CHECK ("referrals"."direction" <> 'out' or "referrals"."provider_id" is not null),
	CONSTRAINT "referrals_reason_check" CHECK (length(btrim("referrals"."reason")) > 0)
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "stay_in_touch_days" integer;--> statement-breakpoint
ALTER TABLE "close_outs" ADD CONSTRAINT "close_outs_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "close_outs" ADD CONSTRAINT "close_outs_firm_id_referral_id_referrals_firm_id_id_fk" FOREIGN KEY ("firm_id","referral_id") REFERENCES "public"."referrals"("firm_id","id") ON DELETE SET NULL ("referral_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "close_outs" ADD CONSTRAINT "close_outs_firm_id_value_gift_id_gifts_firm_id_id_fk" FOREIGN KEY ("firm_id","value_gift_id") REFERENCES "public"."gifts"("firm_id","id") ON DELETE SET NULL ("value_gift_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "close_outs" ADD CONSTRAINT "close_outs_firm_id_follow_up_id_follow_ups_firm_id_id_fk" FOREIGN KEY ("firm_id","follow_up_id") REFERENCES "public"."follow_ups"("firm_id","id") ON DELETE SET NULL ("follow_up_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_renegotiations" ADD CONSTRAINT "commitment_renegotiations_firm_id_commitment_id_commitments_firm_id_id_fk" FOREIGN KEY ("firm_id","commitment_id") REFERENCES "public"."commitments"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("member_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_firm_id_organization_id_organizations_firm_id_id_fk" FOREIGN KEY ("firm_id","organization_id") REFERENCES "public"."organizations"("firm_id","id") ON DELETE SET NULL ("organization_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE SET NULL ("need_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE SET NULL ("conversation_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_firm_id_incident_id_incidents_firm_id_id_fk" FOREIGN KEY ("firm_id","incident_id") REFERENCES "public"."incidents"("firm_id","id") ON DELETE SET NULL ("incident_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("member_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_firm_id_organization_id_organizations_firm_id_id_fk" FOREIGN KEY ("firm_id","organization_id") REFERENCES "public"."organizations"("firm_id","id") ON DELETE SET NULL ("organization_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE SET NULL ("need_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "follow_ups" ADD CONSTRAINT "follow_ups_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE SET NULL ("conversation_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_firm_id_organization_id_organizations_firm_id_id_fk" FOREIGN KEY ("firm_id","organization_id") REFERENCES "public"."organizations"("firm_id","id") ON DELETE SET NULL ("organization_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE SET NULL ("need_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gifts" ADD CONSTRAINT "gifts_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE SET NULL ("conversation_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_firm_id_organization_id_organizations_firm_id_id_fk" FOREIGN KEY ("firm_id","organization_id") REFERENCES "public"."organizations"("firm_id","id") ON DELETE SET NULL ("organization_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incidents" ADD CONSTRAINT "incidents_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE SET NULL ("need_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_firm_id_owner_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","owner_person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("owner_person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_steps" ADD CONSTRAINT "journey_steps_firm_id_owner_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","owner_member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("owner_member_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_people" ADD CONSTRAINT "need_people_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "need_people" ADD CONSTRAINT "need_people_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_firm_id_organization_id_organizations_firm_id_id_fk" FOREIGN KEY ("firm_id","organization_id") REFERENCES "public"."organizations"("firm_id","id") ON DELETE SET NULL ("organization_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "needs" ADD CONSTRAINT "needs_firm_id_lead_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","lead_member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("lead_member_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_statement_confirmations" ADD CONSTRAINT "problem_statement_confirmations_firm_id_need_id_version_problem_statements_firm_id_need_id_version_fk" FOREIGN KEY ("firm_id","need_id","version") REFERENCES "public"."problem_statements"("firm_id","need_id","version") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_statement_confirmations" ADD CONSTRAINT "problem_statement_confirmations_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "problem_statements" ADD CONSTRAINT "problem_statements_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "providers" ADD CONSTRAINT "providers_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_firm_id_provider_id_providers_firm_id_id_fk" FOREIGN KEY ("firm_id","provider_id") REFERENCES "public"."providers"("firm_id","id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_firm_id_referred_by_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","referred_by_person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("referred_by_person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_firm_id_organization_id_organizations_firm_id_id_fk" FOREIGN KEY ("firm_id","organization_id") REFERENCES "public"."organizations"("firm_id","id") ON DELETE SET NULL ("organization_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE SET NULL ("need_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "referrals" ADD CONSTRAINT "referrals_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE SET NULL ("conversation_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "commitment_renegotiations_commitment_idx" ON "commitment_renegotiations" USING btree ("firm_id","commitment_id","created_at");--> statement-breakpoint
CREATE INDEX "commitments_open_due_idx" ON "commitments" USING btree ("firm_id","due_on") WHERE "commitments"."status" = 'open';--> statement-breakpoint
CREATE INDEX "commitments_resolved_idx" ON "commitments" USING btree ("firm_id","resolved_at") WHERE "commitments"."status" <> 'open';--> statement-breakpoint
CREATE INDEX "commitments_created_idx" ON "commitments" USING btree ("firm_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "commitments_person_idx" ON "commitments" USING btree ("firm_id","person_id");--> statement-breakpoint
CREATE INDEX "commitments_organization_idx" ON "commitments" USING btree ("firm_id","organization_id");--> statement-breakpoint
CREATE INDEX "commitments_need_idx" ON "commitments" USING btree ("firm_id","need_id");--> statement-breakpoint
CREATE INDEX "follow_ups_open_due_idx" ON "follow_ups" USING btree ("firm_id","member_id","due_on") WHERE "follow_ups"."status" = 'open';--> statement-breakpoint
CREATE INDEX "follow_ups_created_idx" ON "follow_ups" USING btree ("firm_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "follow_ups_person_idx" ON "follow_ups" USING btree ("firm_id","person_id");--> statement-breakpoint
CREATE INDEX "gifts_given_idx" ON "gifts" USING btree ("firm_id","given_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "gifts_person_idx" ON "gifts" USING btree ("firm_id","person_id");--> statement-breakpoint
CREATE INDEX "gifts_organization_idx" ON "gifts" USING btree ("firm_id","organization_id");--> statement-breakpoint
CREATE INDEX "incidents_reported_idx" ON "incidents" USING btree ("firm_id","reported_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "incidents_open_idx" ON "incidents" USING btree ("firm_id","reported_at") WHERE "incidents"."verified_at" is null;--> statement-breakpoint
CREATE INDEX "journey_steps_need_idx" ON "journey_steps" USING btree ("firm_id","need_id","position");--> statement-breakpoint
CREATE INDEX "journey_steps_open_target_idx" ON "journey_steps" USING btree ("firm_id","target_on") WHERE "journey_steps"."status" in ('planned', 'in_progress') and "journey_steps"."target_on" is not null;--> statement-breakpoint
CREATE INDEX "need_people_person_idx" ON "need_people" USING btree ("firm_id","person_id");--> statement-breakpoint
CREATE INDEX "needs_created_idx" ON "needs" USING btree ("firm_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "needs_organization_idx" ON "needs" USING btree ("firm_id","organization_id");--> statement-breakpoint
CREATE INDEX "providers_name_idx" ON "providers" USING btree ("firm_id",lower("name"),"id");--> statement-breakpoint
CREATE INDEX "referrals_referred_idx" ON "referrals" USING btree ("firm_id","referred_on" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "referrals_provider_idx" ON "referrals" USING btree ("firm_id","provider_id");--> statement-breakpoint
CREATE INDEX "referrals_person_idx" ON "referrals" USING btree ("firm_id","person_id");--> statement-breakpoint
CREATE INDEX "people_cadence_idx" ON "people" USING btree ("firm_id","id") WHERE "people"."stay_in_touch_days" is not null;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_stay_in_touch_check" CHECK ("people"."stay_in_touch_days" between 1 and 3650);