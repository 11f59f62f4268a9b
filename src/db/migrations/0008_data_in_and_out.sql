CREATE TABLE "import_chunks" (
	"firm_id" uuid NOT NULL,
	"job_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "import_chunks_firm_id_job_id_seq_pk" PRIMARY KEY("firm_id","job_id","seq")
);
--> statement-breakpoint
CREATE TABLE "import_jobs" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"file_name" text NOT NULL,
	"file_bytes" bigint NOT NULL,
	"format" text,
	"mapping" jsonb,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"rows_done" integer DEFAULT 0 NOT NULL,
	"bytes_done" bigint DEFAULT 0 NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"errors" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"failure" text,
	"claimed_by" text,
	"heartbeat_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "import_jobs_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "import_jobs_status_check" CHECK ("import_jobs"."status" in ('uploaded', 'queued', 'running', 'done', 'failed', 'cancelled')),
	CONSTRAINT "import_jobs_format_check" CHECK ("import_jobs"."format" in ('vcard', 'csv', 'yellowpad'))
);
--> statement-breakpoint
CREATE TABLE "import_links" (
	"firm_id" uuid NOT NULL,
	"source" text NOT NULL,
	"kind" text NOT NULL,
	"source_id" text NOT NULL,
	"person_id" uuid,
	"organization_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "import_links_firm_id_source_kind_source_id_pk" PRIMARY KEY("firm_id","source","kind","source_id"),
	CONSTRAINT "import_links_kind_check" CHECK ("import_links"."kind" in ('person', 'organization')),
	CONSTRAINT "import_links_target_check" CHECK (("import_links"."kind" = 'person' and "import_links"."person_id" is not null and "import_links"."organization_id" is null) or ("import_links"."kind" = 'organization' and "import_links"."organization_id" is not null and "import_links"."person_id" is null))
);
--> statement-breakpoint
CREATE TABLE "digest_sends" (
	"firm_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"day" date NOT NULL,
	"claimed_by" text NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"item_count" integer,
	"attempts" integer DEFAULT 1 NOT NULL,
	"last_error" text,
	CONSTRAINT "digest_sends_firm_id_member_id_day_pk" PRIMARY KEY("firm_id","member_id","day")
);
--> statement-breakpoint
CREATE TABLE "member_email_settings" (
	"firm_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"digest_enabled" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "member_email_settings_firm_id_member_id_pk" PRIMARY KEY("firm_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "sent_emails" (
	"firm_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"conversation_id" uuid NOT NULL,
	"member_id" uuid,
	"to_addresses" text[] NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"message_id" text,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sent_emails_firm_id_id_pk" PRIMARY KEY("firm_id","id"),
	CONSTRAINT "sent_emails_subject_check" CHECK (length(btrim("sent_emails"."subject")) > 0),
	CONSTRAINT "sent_emails_to_check" CHECK (cardinality("sent_emails"."to_addresses") > 0)
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "title" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "birthday" text;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "addresses" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_chunks" ADD CONSTRAINT "import_chunks_firm_id_job_id_import_jobs_firm_id_id_fk" FOREIGN KEY ("firm_id","job_id") REFERENCES "public"."import_jobs"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_firm_id_firms_id_fk" FOREIGN KEY ("firm_id") REFERENCES "public"."firms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_links" ADD CONSTRAINT "import_links_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_links" ADD CONSTRAINT "import_links_firm_id_organization_id_organizations_firm_id_id_fk" FOREIGN KEY ("firm_id","organization_id") REFERENCES "public"."organizations"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_sends" ADD CONSTRAINT "digest_sends_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "member_email_settings" ADD CONSTRAINT "member_email_settings_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_emails" ADD CONSTRAINT "sent_emails_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sent_emails" ADD CONSTRAINT "sent_emails_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("member_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "import_jobs_recent_idx" ON "import_jobs" USING btree ("firm_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "import_jobs_queue_idx" ON "import_jobs" USING btree ("created_at") WHERE "import_jobs"."status" in ('queued', 'running');--> statement-breakpoint
CREATE INDEX "import_links_person_idx" ON "import_links" USING btree ("firm_id","person_id") WHERE "import_links"."person_id" is not null;--> statement-breakpoint
CREATE INDEX "import_links_organization_idx" ON "import_links" USING btree ("firm_id","organization_id") WHERE "import_links"."organization_id" is not null;--> statement-breakpoint
CREATE INDEX "people_emails_idx" ON "people" USING gin ("emails") WITH (fastupdate=false);--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_birthday_check" CHECK ("people"."birthday" ~ '^([0-9]{4}-|--)[0-9]{2}-[0-9]{2}$');--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_addresses_array_check" CHECK (jsonb_typeof("people"."addresses") = 'array');