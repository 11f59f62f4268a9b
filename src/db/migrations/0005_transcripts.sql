CREATE TABLE "transcript_speakers" (
	"firm_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"name" text NOT NULL,
	"side" text NOT NULL,
	"member_id" uuid,
	"person_id" uuid,
	"words" integer NOT NULL,
	"talk_share" real NOT NULL,
	"turns" integer NOT NULL,
	"longest_monologue_words" integer NOT NULL,
	"questions_open" integer NOT NULL,
	"questions_closed" integer NOT NULL,
	"seconds" real,
	CONSTRAINT "transcript_speakers_firm_id_conversation_id_name_pk" PRIMARY KEY("firm_id","conversation_id","name"),
	CONSTRAINT "transcript_speakers_side_check" CHECK ("transcript_speakers"."side" in ('us', 'client', 'unknown')),
	CONSTRAINT "transcript_speakers_name_check" CHECK (length(btrim("transcript_speakers"."name")) > 0),
	CONSTRAINT "transcript_speakers_member_side_check" CHECK ("transcript_speakers"."member_id" is null or "transcript_speakers"."side" = 'us'),
	CONSTRAINT "transcript_speakers_person_side_check" CHECK ("transcript_speakers"."person_id" is null or "transcript_speakers"."side" = 'client')
);
--> statement-breakpoint
CREATE TABLE "transcripts" (
	"firm_id" uuid NOT NULL,
	"conversation_id" uuid NOT NULL,
	"format" text NOT NULL,
	"file_name" text,
	"body" text NOT NULL,
	"utterance_count" integer NOT NULL,
	"word_count" integer NOT NULL,
	"duration_seconds" real,
	"config_version" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "transcripts_firm_id_conversation_id_pk" PRIMARY KEY("firm_id","conversation_id"),
	CONSTRAINT "transcripts_format_check" CHECK ("transcripts"."format" in ('webvtt', 'srt', 'plain', 'otter', 'json')),
	CONSTRAINT "transcripts_counts_check" CHECK ("transcripts"."utterance_count" >= 0 and "transcripts"."word_count" >= 0)
);
--> statement-breakpoint
ALTER TABLE "transcript_speakers" ADD CONSTRAINT "transcript_speakers_firm_id_conversation_id_transcripts_firm_id_conversation_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."transcripts"("firm_id","conversation_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcript_speakers" ADD CONSTRAINT "transcript_speakers_firm_id_member_id_members_firm_id_id_fk" FOREIGN KEY ("firm_id","member_id") REFERENCES "public"."members"("firm_id","id") ON DELETE SET NULL ("member_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcript_speakers" ADD CONSTRAINT "transcript_speakers_firm_id_person_id_people_firm_id_id_fk" FOREIGN KEY ("firm_id","person_id") REFERENCES "public"."people"("firm_id","id") ON DELETE SET NULL ("person_id") ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transcripts" ADD CONSTRAINT "transcripts_firm_id_conversation_id_conversations_firm_id_id_fk" FOREIGN KEY ("firm_id","conversation_id") REFERENCES "public"."conversations"("firm_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "transcript_speakers_member_idx" ON "transcript_speakers" USING btree ("firm_id","member_id");--> statement-breakpoint
CREATE INDEX "transcript_speakers_person_idx" ON "transcript_speakers" USING btree ("firm_id","person_id");