CREATE TABLE "dialogue_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"filename" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dialogue_transitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"event" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid
);
--> statement-breakpoint
CREATE TABLE "observation_forms" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"taxonomy_id" uuid NOT NULL,
	"entries" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"internal_comment" text,
	"submitted_at" timestamp with time zone,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observation_taxonomies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_no" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"themes" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "observation_taxonomies_status_chk" CHECK ("observation_taxonomies"."status" in ('draft','published'))
);
--> statement-breakpoint
CREATE TABLE "feedback_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"survey_id" uuid NOT NULL,
	"answers" jsonb NOT NULL,
	"comment" text,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feedback_surveys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"link_version" integer DEFAULT 1 NOT NULL,
	"sent_by" uuid,
	"closed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "dialogue_follow_up_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"text" text NOT NULL,
	"theme_key" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"reported_on" date NOT NULL,
	"recorded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_follow_up_actions_status_chk" CHECK ("dialogue_follow_up_actions"."status" in ('planned','started','done'))
);
--> statement-breakpoint
ALTER TABLE "dialogue_holds" ADD COLUMN "source" text DEFAULT 'agency' NOT NULL;--> statement-breakpoint
ALTER TABLE "dialogue_holds" ADD COLUMN "external_ref" text;--> statement-breakpoint
ALTER TABLE "dialogue_holds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "dialogue_documents" ADD CONSTRAINT "dialogue_documents_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_documents" ADD CONSTRAINT "dialogue_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_transitions" ADD CONSTRAINT "dialogue_transitions_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_transitions" ADD CONSTRAINT "dialogue_transitions_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_forms" ADD CONSTRAINT "observation_forms_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_forms" ADD CONSTRAINT "observation_forms_taxonomy_id_observation_taxonomies_id_fk" FOREIGN KEY ("taxonomy_id") REFERENCES "public"."observation_taxonomies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_forms" ADD CONSTRAINT "observation_forms_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observation_taxonomies" ADD CONSTRAINT "observation_taxonomies_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_responses" ADD CONSTRAINT "feedback_responses_survey_id_feedback_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."feedback_surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_surveys" ADD CONSTRAINT "feedback_surveys_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feedback_surveys" ADD CONSTRAINT "feedback_surveys_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_follow_up_actions" ADD CONSTRAINT "dialogue_follow_up_actions_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_follow_up_actions" ADD CONSTRAINT "dialogue_follow_up_actions_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_documents_dialogue_idx" ON "dialogue_documents" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "dialogue_transitions_dialogue_idx" ON "dialogue_transitions" USING btree ("dialogue_id","at");--> statement-breakpoint
CREATE INDEX "dialogue_transitions_event_idx" ON "dialogue_transitions" USING btree ("event","at");--> statement-breakpoint
CREATE UNIQUE INDEX "observation_forms_dialogue_uq" ON "observation_forms" USING btree ("dialogue_id");--> statement-breakpoint
CREATE UNIQUE INDEX "observation_taxonomies_version_uq" ON "observation_taxonomies" USING btree ("version_no");--> statement-breakpoint
CREATE INDEX "feedback_responses_survey_idx" ON "feedback_responses" USING btree ("survey_id");--> statement-breakpoint
CREATE UNIQUE INDEX "feedback_surveys_dialogue_uq" ON "feedback_surveys" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "dialogue_follow_up_actions_dialogue_idx" ON "dialogue_follow_up_actions" USING btree ("dialogue_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_holds_external_ref_uq" ON "dialogue_holds" USING btree ("source","external_ref");--> statement-breakpoint
ALTER TABLE "dialogue_holds" ADD CONSTRAINT "dialogue_holds_source_chk" CHECK ("dialogue_holds"."source" in ('inspectorate','agency'));