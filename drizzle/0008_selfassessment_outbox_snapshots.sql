CREATE TABLE "app_secrets" (
	"name" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "basis_batch_items" (
	"batch_id" uuid NOT NULL,
	"organiser_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"error" text,
	"finished_at" timestamp with time zone,
	CONSTRAINT "basis_batch_items_batch_id_organiser_id_pk" PRIMARY KEY("batch_id","organiser_id"),
	CONSTRAINT "basis_batch_items_status_chk" CHECK ("basis_batch_items"."status" in ('pending','built','reused','failed'))
);
--> statement-breakpoint
CREATE TABLE "basis_batches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"filter" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"total" integer NOT NULL,
	"requested_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	CONSTRAINT "basis_batches_status_chk" CHECK ("basis_batches"."status" in ('queued','running','done','cancelled'))
);
--> statement-breakpoint
CREATE TABLE "basis_snapshots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"format" text NOT NULL,
	"inputs_key" text NOT NULL,
	"catalogue_version_id" uuid NOT NULL,
	"catalogue_label" text NOT NULL,
	"vintage_label" text,
	"value_import_id" uuid,
	"content" "bytea" NOT NULL,
	"bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"batch_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "basis_snapshots_format_chk" CHECK ("basis_snapshots"."format" in ('xlsx','pdf'))
);
--> statement-breakpoint
CREATE TABLE "self_assessment_answers" (
	"respondent_id" uuid NOT NULL,
	"statement_key" text NOT NULL,
	"rating" smallint,
	"dont_know" boolean DEFAULT false NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "self_assessment_answers_respondent_id_statement_key_pk" PRIMARY KEY("respondent_id","statement_key"),
	CONSTRAINT "self_assessment_answers_rating_chk" CHECK ("self_assessment_answers"."rating" is null or "self_assessment_answers"."rating" between 1 and 5),
	CONSTRAINT "self_assessment_answers_dont_know_chk" CHECK (not ("self_assessment_answers"."dont_know" and "self_assessment_answers"."rating" is not null))
);
--> statement-breakpoint
CREATE TABLE "self_assessment_respondents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"self_assessment_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"position" text NOT NULL,
	"user_id" uuid,
	"invited_at" timestamp with time zone DEFAULT now() NOT NULL,
	"link_version" integer DEFAULT 1 NOT NULL,
	"link_expires_at" timestamp with time zone NOT NULL,
	"last_answered_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "self_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"catalogue_version_id" uuid NOT NULL,
	"title" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"shared_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"to_address" text NOT NULL,
	"to_name" text NOT NULL,
	"subject" text NOT NULL,
	"body_text" text NOT NULL,
	"organiser_id" uuid,
	"related_type" text,
	"related_id" uuid,
	"status" text DEFAULT 'queued' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_messages_status_chk" CHECK ("outbox_messages"."status" in ('queued','sent','failed'))
);
--> statement-breakpoint
ALTER TABLE "basis_batch_items" ADD CONSTRAINT "basis_batch_items_batch_id_basis_batches_id_fk" FOREIGN KEY ("batch_id") REFERENCES "public"."basis_batches"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_answers" ADD CONSTRAINT "self_assessment_answers_respondent_id_self_assessment_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."self_assessment_respondents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_respondents" ADD CONSTRAINT "self_assessment_respondents_self_assessment_id_self_assessments_id_fk" FOREIGN KEY ("self_assessment_id") REFERENCES "public"."self_assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessment_respondents" ADD CONSTRAINT "self_assessment_respondents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_catalogue_version_id_catalogue_versions_id_fk" FOREIGN KEY ("catalogue_version_id") REFERENCES "public"."catalogue_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_assessments" ADD CONSTRAINT "self_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "basis_batch_items_pending_idx" ON "basis_batch_items" USING btree ("batch_id","status","position");--> statement-breakpoint
CREATE UNIQUE INDEX "basis_snapshots_inputs_uq" ON "basis_snapshots" USING btree ("organiser_id","format","inputs_key");--> statement-breakpoint
CREATE INDEX "self_assessment_respondents_assessment_idx" ON "self_assessment_respondents" USING btree ("self_assessment_id");--> statement-breakpoint
CREATE INDEX "self_assessments_organiser_idx" ON "self_assessments" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "outbox_messages_due_idx" ON "outbox_messages" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "outbox_messages_related_idx" ON "outbox_messages" USING btree ("related_type","related_id");