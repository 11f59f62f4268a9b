CREATE TABLE "client_acts" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"person_id" uuid NOT NULL,
	"share_link_id" uuid NOT NULL,
	"need_id" uuid,
	"conversation_id" uuid,
	"statement_version" integer,
	"step_id" uuid,
	"step_title" text,
	"comment_id" uuid,
	"suggestion_id" uuid,
	"reply_id" uuid,
	"check_in_id" uuid,
	"email_member_id" uuid,
	"emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_acts_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "client_acts_kind_check" CHECK ("client_acts"."kind" in ('confirmed', 'suggested', 'step_completed', 'commented', 'recap_answered', 'checked_in')),
	CONSTRAINT "client_acts_subject_check" CHECK (("client_acts"."need_id" is null) <> ("client_acts"."conversation_id" is null))
);
--> statement-breakpoint
CREATE TABLE "client_comments" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"share_link_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"need_id" uuid NOT NULL,
	"step_id" uuid,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "client_comments_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "client_comments_text_check" CHECK (length(btrim("client_comments"."text")) > 0)
);
--> statement-breakpoint
CREATE TABLE "client_notice_sends" (
	"firm_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"subject_id" uuid NOT NULL,
	"last_sent_at" timestamp with time zone NOT NULL,
	CONSTRAINT "client_notice_sends_firm_id_member_id_subject_id_pk" PRIMARY KEY("firm_id","member_id","subject_id")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"firm_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"act_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "notifications_firm_id_member_id_act_id_pk" PRIMARY KEY("firm_id","member_id","act_id")
);
--> statement-breakpoint
CREATE TABLE "recap_replies" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"share_link_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"agrees" boolean NOT NULL,
	"correction" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recap_replies_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "recap_replies_correction_check" CHECK ("recap_replies"."agrees" or length(btrim("recap_replies"."correction")) > 0)
);
--> statement-breakpoint
CREATE TABLE "share_links" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"need_id" uuid,
	"conversation_id" uuid,
	"recap_text" text,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_opened_at" timestamp with time zone,
	"opens" integer DEFAULT 0 NOT NULL,
	"last_emailed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "share_links_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "share_links_one_subject_check" CHECK (("share_links"."need_id" is null) <> ("share_links"."conversation_id" is null)),
	CONSTRAINT "share_links_recap_check" CHECK (("share_links"."conversation_id" is null) = ("share_links"."recap_text" is null)),
	CONSTRAINT "share_links_recap_text_check" CHECK (length(btrim("share_links"."recap_text")) > 0),
	CONSTRAINT "share_links_opens_check" CHECK ("share_links"."opens" >= 0)
);
--> statement-breakpoint
CREATE TABLE "statement_suggestions" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"need_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"person_id" uuid NOT NULL,
	"share_link_id" uuid NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"adopted_version" integer,
	"resolved_at" timestamp with time zone,
	"resolved_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "statement_suggestions_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "statement_suggestions_text_check" CHECK (length(btrim("statement_suggestions"."text")) > 0),
	CONSTRAINT "statement_suggestions_status_check" CHECK ("statement_suggestions"."status" in ('open', 'adopted', 'set_aside')),
	CONSTRAINT "statement_suggestions_adopted_check" CHECK (("statement_suggestions"."status" = 'adopted') = ("statement_suggestions"."adopted_version" is not null)),
	CONSTRAINT "statement_suggestions_resolved_check" CHECK (("statement_suggestions"."status" = 'open') = ("statement_suggestions"."resolved_at" is null))
);
--> statement-breakpoint
CREATE TABLE "trust_check_ins" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"member_id" uuid,
	"share_link_id" uuid,
	"credibility" smallint NOT NULL,
	"reliability" smallint NOT NULL,
	"intimacy" smallint NOT NULL,
	"self_orientation" smallint NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trust_check_ins_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "trust_check_ins_scores_check" CHECK ("trust_check_ins"."credibility" between 1 and 7 and "trust_check_ins"."reliability" between 1 and 7 and "trust_check_ins"."intimacy" between 1 and 7 and "trust_check_ins"."self_orientation" between 1 and 7)
);
--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_share_link_id_share_links_firm_id_id_fk" FOREIGN KEY ("firm_id","share_link_id") REFERENCES "public"."share_links"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_step_id_journey_steps_firm_id_id_fk" FOREIGN KEY ("firm_id","step_id") REFERENCES "public"."journey_steps"("firm_id","id") ON DELETE SET NULL ("step_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_comment_id_client_comments_firm_id_id_fk" FOREIGN KEY ("firm_id","comment_id") REFERENCES "public"."client_comments"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_suggestion_id_statement_suggestions_firm_id_id_fk" FOREIGN KEY ("firm_id","suggestion_id") REFERENCES "public"."statement_suggestions"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_reply_id_recap_replies_firm_id_id_fk" FOREIGN KEY ("firm_id","reply_id") REFERENCES "public"."recap_replies"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_check_in_id_trust_check_ins_firm_id_id_fk" FOREIGN KEY ("firm_id","check_in_id") REFERENCES "public"."trust_check_ins"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_acts" ADD CONSTRAINT "client_acts_firm_id_email_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","email_member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("email_member_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_comments" ADD CONSTRAINT "client_comments_firm_id_share_link_id_share_links_firm_id_id_fk" FOREIGN KEY ("firm_id","share_link_id") REFERENCES "public"."share_links"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_comments" ADD CONSTRAINT "client_comments_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_comments" ADD CONSTRAINT "client_comments_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_comments" ADD CONSTRAINT "client_comments_firm_id_step_id_journey_steps_firm_id_id_fk" FOREIGN KEY ("firm_id","step_id") REFERENCES "public"."journey_steps"("firm_id","id") ON DELETE SET NULL ("step_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "client_notice_sends" ADD CONSTRAINT "client_notice_sends_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_firm_id_act_id_client_acts_firm_id_id_fk" FOREIGN KEY ("firm_id","act_id") REFERENCES "public"."client_acts"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recap_replies" ADD CONSTRAINT "recap_replies_firm_id_share_link_id_share_links_firm_id_id_fk" FOREIGN KEY ("firm_id","share_link_id") REFERENCES "public"."share_links"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recap_replies" ADD CONSTRAINT "recap_replies_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recap_replies" ADD CONSTRAINT "recap_replies_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "share_links" ADD CONSTRAINT "share_links_firm_id_created_by_members_firm_id_id_fk" FOREIGN KEY ("firm_id","created_by") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("created_by") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_suggestions" ADD CONSTRAINT "statement_suggestions_firm_id_need_id_needs_firm_id_id_fk" FOREIGN KEY ("firm_id","need_id") REFERENCES "public"."needs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_suggestions" ADD CONSTRAINT "statement_suggestions_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_suggestions" ADD CONSTRAINT "statement_suggestions_firm_id_share_link_id_share_links_firm_id_id_fk" FOREIGN KEY ("firm_id","share_link_id") REFERENCES "public"."share_links"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "statement_suggestions" ADD CONSTRAINT "statement_suggestions_firm_id_resolved_by_members_firm_id_id_fk" FOREIGN KEY ("firm_id","resolved_by") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("resolved_by") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_check_ins" ADD CONSTRAINT "trust_check_ins_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_check_ins" ADD CONSTRAINT "trust_check_ins_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("member_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trust_check_ins" ADD CONSTRAINT "trust_check_ins_firm_id_share_link_id_share_links_firm_id_id_fk" FOREIGN KEY ("firm_id","share_link_id") REFERENCES "public"."share_links"("firm_id","id") ON DELETE SET NULL ("share_link_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "client_acts_person_idx" ON "client_acts" USING btree ("firm_id","person_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "client_acts_need_idx" ON "client_acts" USING btree ("firm_id","need_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "client_acts"."need_id" is not null;--> statement-breakpoint
CREATE INDEX "client_acts_email_pending_idx" ON "client_acts" USING btree ("firm_id","email_member_id") WHERE "client_acts"."email_member_id" is not null and "client_acts"."emailed_at" is null;--> statement-breakpoint
CREATE INDEX "client_comments_link_idx" ON "client_comments" USING btree ("firm_id","share_link_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_inbox_idx" ON "notifications" USING btree ("firm_id","member_id","created_at" DESC NULLS LAST,"act_id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notifications_unread_idx" ON "notifications" USING btree ("firm_id","member_id") WHERE "notifications"."read_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "recap_replies_link_key" ON "recap_replies" USING btree ("firm_id","share_link_id");--> statement-breakpoint
CREATE UNIQUE INDEX "share_links_token_hash_key" ON "share_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "share_links_need_idx" ON "share_links" USING btree ("firm_id","need_id") WHERE "share_links"."need_id" is not null;--> statement-breakpoint
CREATE INDEX "share_links_conversation_idx" ON "share_links" USING btree ("firm_id","conversation_id") WHERE "share_links"."conversation_id" is not null;--> statement-breakpoint
CREATE INDEX "share_links_person_idx" ON "share_links" USING btree ("firm_id","person_id");--> statement-breakpoint
CREATE INDEX "statement_suggestions_need_idx" ON "statement_suggestions" USING btree ("firm_id","need_id","created_at");--> statement-breakpoint
CREATE INDEX "trust_check_ins_person_idx" ON "trust_check_ins" USING btree ("firm_id","person_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "trust_check_ins_member_idx" ON "trust_check_ins" USING btree ("firm_id","member_id","created_at" DESC NULLS LAST);