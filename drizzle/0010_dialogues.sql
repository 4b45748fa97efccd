CREATE TABLE "dialogue_agency_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"text" text NOT NULL,
	"shared" boolean DEFAULT false NOT NULL,
	"author_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dialogue_agency_notes_agency_chk" CHECK ("dialogue_agency_notes"."agency" in ('skolverket','spsm'))
);
--> statement-breakpoint
CREATE TABLE "dialogue_case_number_series" (
	"agency" text NOT NULL,
	"year" integer NOT NULL,
	"next" integer DEFAULT 1 NOT NULL,
	"format" text NOT NULL,
	CONSTRAINT "dialogue_case_number_series_agency_year_pk" PRIMARY KEY("agency","year")
);
--> statement-breakpoint
CREATE TABLE "dialogue_cycles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"offer_within_years" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dialogue_cycles_dates_chk" CHECK ("dialogue_cycles"."starts_on" < "dialogue_cycles"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "dialogue_organisers" (
	"dialogue_id" uuid NOT NULL,
	"organiser_id" uuid NOT NULL,
	"is_primary" boolean DEFAULT false NOT NULL,
	CONSTRAINT "dialogue_organisers_dialogue_id_organiser_id_pk" PRIMARY KEY("dialogue_id","organiser_id")
);
--> statement-breakpoint
CREATE TABLE "dialogues" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid,
	"state" text DEFAULT 'planned' NOT NULL,
	"office_code" text NOT NULL,
	"leader_skolverket_id" uuid,
	"leader_spsm_id" uuid,
	"school_forms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"focus_question" text,
	"purpose" text,
	"invited_at" timestamp with time zone,
	"answer_deadline" date,
	"answered_at" timestamp with time zone,
	"decline_reason" text,
	"decline_note" text,
	"follow_up_wanted" boolean,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"planned_on" date,
	"reason" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	CONSTRAINT "dialogue_holds_kind_chk" CHECK ("dialogue_holds"."kind" in ('inspection','quality_review','targeted_intervention','manual')),
	CONSTRAINT "dialogue_holds_dates_chk" CHECK ("dialogue_holds"."starts_on" <= "dialogue_holds"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "dialogue_hourly_costs" (
	"agency" text NOT NULL,
	"year" integer NOT NULL,
	"sek_per_hour" numeric(12, 4) NOT NULL,
	CONSTRAINT "dialogue_hourly_costs_agency_year_pk" PRIMARY KEY("agency","year")
);
--> statement-breakpoint
CREATE TABLE "dialogue_meeting_dialogues" (
	"meeting_id" uuid NOT NULL,
	"dialogue_id" uuid NOT NULL,
	CONSTRAINT "dialogue_meeting_dialogues_meeting_id_dialogue_id_pk" PRIMARY KEY("meeting_id","dialogue_id")
);
--> statement-breakpoint
CREATE TABLE "dialogue_meeting_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"version_no" integer DEFAULT 1 NOT NULL,
	"text" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"corrects_id" uuid,
	"organiser_comment" text,
	"sent_at" timestamp with time zone,
	"agreed_at" timestamp with time zone,
	"agreed_by" text,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dialogue_meeting_notes_status_chk" CHECK ("dialogue_meeting_notes"."status" in ('draft','sent','commented','agreed','registered'))
);
--> statement-breakpoint
CREATE TABLE "dialogue_meeting_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"meeting_id" uuid NOT NULL,
	"role" text NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"title" text,
	"user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "dialogue_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"place" text,
	"video_url" text,
	"status" text DEFAULT 'planned' NOT NULL,
	"ical_uid" text NOT NULL,
	"ical_sequence" integer DEFAULT 0 NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dialogue_meetings_ical_uid_unique" UNIQUE("ical_uid"),
	CONSTRAINT "dialogue_meetings_status_chk" CHECK ("dialogue_meetings"."status" in ('planned','held','cancelled')),
	CONSTRAINT "dialogue_meetings_time_chk" CHECK ("dialogue_meetings"."starts_at" < "dialogue_meetings"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "dialogue_price_index" (
	"year" integer PRIMARY KEY NOT NULL,
	"value" numeric(10, 4) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dialogue_register_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"notes_id" uuid NOT NULL,
	"agency" text NOT NULL,
	"case_number" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid
);
--> statement-breakpoint
CREATE TABLE "dialogue_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cycle_id" uuid NOT NULL,
	"name" text NOT NULL,
	"invitation_date" date NOT NULL,
	"answer_deadline" date NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "dialogue_rounds_status_chk" CHECK ("dialogue_rounds"."status" in ('planned','open','closed')),
	CONSTRAINT "dialogue_rounds_deadline_chk" CHECK ("dialogue_rounds"."invitation_date" <= "dialogue_rounds"."answer_deadline")
);
--> statement-breakpoint
CREATE TABLE "dialogue_time_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dialogue_id" uuid NOT NULL,
	"leader_id" uuid NOT NULL,
	"worked_on" date NOT NULL,
	"activity" text NOT NULL,
	"hours" numeric(6, 2) NOT NULL,
	"travel_cost_sek" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "dialogue_time_records_hours_chk" CHECK ("dialogue_time_records"."hours" >= 0 and "dialogue_time_records"."hours" <= 24)
);
--> statement-breakpoint
ALTER TABLE "dialogue_agency_notes" ADD CONSTRAINT "dialogue_agency_notes_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_agency_notes" ADD CONSTRAINT "dialogue_agency_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_organisers" ADD CONSTRAINT "dialogue_organisers_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_organisers" ADD CONSTRAINT "dialogue_organisers_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_round_id_dialogue_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "public"."dialogue_rounds"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_leader_skolverket_id_users_id_fk" FOREIGN KEY ("leader_skolverket_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_leader_spsm_id_users_id_fk" FOREIGN KEY ("leader_spsm_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_holds" ADD CONSTRAINT "dialogue_holds_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_holds" ADD CONSTRAINT "dialogue_holds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_dialogues" ADD CONSTRAINT "dialogue_meeting_dialogues_meeting_id_dialogue_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."dialogue_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_dialogues" ADD CONSTRAINT "dialogue_meeting_dialogues_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_notes" ADD CONSTRAINT "dialogue_meeting_notes_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_notes" ADD CONSTRAINT "dialogue_meeting_notes_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_participants" ADD CONSTRAINT "dialogue_meeting_participants_meeting_id_dialogue_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."dialogue_meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meeting_participants" ADD CONSTRAINT "dialogue_meeting_participants_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_meetings" ADD CONSTRAINT "dialogue_meetings_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_register_entries" ADD CONSTRAINT "dialogue_register_entries_notes_id_dialogue_meeting_notes_id_fk" FOREIGN KEY ("notes_id") REFERENCES "public"."dialogue_meeting_notes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_register_entries" ADD CONSTRAINT "dialogue_register_entries_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rounds" ADD CONSTRAINT "dialogue_rounds_cycle_id_dialogue_cycles_id_fk" FOREIGN KEY ("cycle_id") REFERENCES "public"."dialogue_cycles"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_rounds" ADD CONSTRAINT "dialogue_rounds_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_time_records" ADD CONSTRAINT "dialogue_time_records_dialogue_id_dialogues_id_fk" FOREIGN KEY ("dialogue_id") REFERENCES "public"."dialogues"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dialogue_time_records" ADD CONSTRAINT "dialogue_time_records_leader_id_users_id_fk" FOREIGN KEY ("leader_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dialogue_agency_notes_dialogue_idx" ON "dialogue_agency_notes" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "dialogue_organisers_organiser_idx" ON "dialogue_organisers" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "dialogues_round_idx" ON "dialogues" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "dialogues_state_idx" ON "dialogues" USING btree ("state");--> statement-breakpoint
CREATE INDEX "dialogues_leader_sv_idx" ON "dialogues" USING btree ("leader_skolverket_id");--> statement-breakpoint
CREATE INDEX "dialogues_leader_spsm_idx" ON "dialogues" USING btree ("leader_spsm_id");--> statement-breakpoint
CREATE INDEX "dialogue_holds_organiser_idx" ON "dialogue_holds" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "dialogue_meeting_dialogues_dialogue_idx" ON "dialogue_meeting_dialogues" USING btree ("dialogue_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_meeting_notes_version_uq" ON "dialogue_meeting_notes" USING btree ("dialogue_id","version_no");--> statement-breakpoint
CREATE INDEX "dialogue_meeting_participants_meeting_idx" ON "dialogue_meeting_participants" USING btree ("meeting_id");--> statement-breakpoint
CREATE INDEX "dialogue_meetings_starts_idx" ON "dialogue_meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_register_entries_notes_agency_uq" ON "dialogue_register_entries" USING btree ("notes_id","agency");--> statement-breakpoint
CREATE UNIQUE INDEX "dialogue_register_entries_number_uq" ON "dialogue_register_entries" USING btree ("agency","case_number");--> statement-breakpoint
CREATE INDEX "dialogue_rounds_cycle_idx" ON "dialogue_rounds" USING btree ("cycle_id");--> statement-breakpoint
CREATE INDEX "dialogue_time_records_dialogue_idx" ON "dialogue_time_records" USING btree ("dialogue_id");--> statement-breakpoint
CREATE INDEX "dialogue_time_records_leader_idx" ON "dialogue_time_records" USING btree ("leader_id","worked_on");