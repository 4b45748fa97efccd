CREATE TABLE "concerns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "concerns_name_unique" UNIQUE("name")
);
--> statement-breakpoint
CREATE TABLE "contact_persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organiser_id" uuid NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"email" text,
	"phone" text,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"source" text DEFAULT 'manual' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counties" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "municipalities" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"county_code" text NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL,
	"office_code" text NOT NULL,
	"office_overridden" boolean DEFAULT false NOT NULL,
	"municipality_group" text,
	"municipality_group_source" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"municipality_code" text NOT NULL,
	"head_office" boolean DEFAULT false NOT NULL,
	"lat" double precision NOT NULL,
	"lon" double precision NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organisers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_number" text NOT NULL,
	"name" text NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (translate(lower(name), 'ÅÄÖåäöÆØæøÜüÉéÈèÁáÀà', '{|}{|}|}|}yyeeeeaaaa')) STORED,
	"kind" text NOT NULL,
	"municipality_code" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"concern_id" uuid,
	"children_pupils" integer DEFAULT 0 NOT NULL,
	"size_class" text DEFAULT 'small' NOT NULL,
	"school_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"source" text DEFAULT 'manual' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisers_org_number_unique" UNIQUE("org_number"),
	CONSTRAINT "organisers_size_class_chk" CHECK ("organisers"."size_class" in ('small','medium','large')),
	CONSTRAINT "organisers_status_chk" CHECK ("organisers"."status" in ('active','dormant','ceased'))
);
--> statement-breakpoint
CREATE TABLE "school_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_sort" text GENERATED ALWAYS AS (translate(lower(name), 'ÅÄÖåäöÆØæøÜüÉéÈèÁáÀà', '{|}{|}|}|}yyeeeeaaaa')) STORED,
	"organiser_id" uuid NOT NULL,
	"municipality_code" text NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"lat" double precision,
	"lon" double precision,
	"sweref_n" double precision,
	"sweref_e" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "school_units_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "unit_school_forms" (
	"unit_id" uuid NOT NULL,
	"school_form" text NOT NULL,
	"children_pupils" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "unit_school_forms_unit_id_school_form_pk" PRIMARY KEY("unit_id","school_form"),
	CONSTRAINT "unit_school_forms_count_chk" CHECK ("unit_school_forms"."children_pupils" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"role" text NOT NULL,
	"agency" text,
	"organiser_id" uuid,
	"office_code" text,
	CONSTRAINT "users_subject_unique" UNIQUE("subject")
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" text NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"event" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"organiser_id" uuid,
	"details" jsonb NOT NULL,
	"prev_hash" text NOT NULL,
	"hash" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contact_persons" ADD CONSTRAINT "contact_persons_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "municipalities" ADD CONSTRAINT "municipalities_office_code_offices_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."offices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisers" ADD CONSTRAINT "organisers_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisers" ADD CONSTRAINT "organisers_concern_id_concerns_id_fk" FOREIGN KEY ("concern_id") REFERENCES "public"."concerns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_units" ADD CONSTRAINT "school_units_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "school_units" ADD CONSTRAINT "school_units_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_school_forms" ADD CONSTRAINT "unit_school_forms_unit_id_school_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."school_units"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_organiser_id_organisers_id_fk" FOREIGN KEY ("organiser_id") REFERENCES "public"."organisers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_persons_organiser_idx" ON "contact_persons" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "organisers_name_sort_idx" ON "organisers" USING btree ("name_sort" collate "C");--> statement-breakpoint
CREATE INDEX "organisers_municipality_idx" ON "organisers" USING btree ("municipality_code");--> statement-breakpoint
CREATE INDEX "organisers_concern_idx" ON "organisers" USING btree ("concern_id");--> statement-breakpoint
CREATE INDEX "school_units_organiser_idx" ON "school_units" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "school_units_name_sort_idx" ON "school_units" USING btree ("name_sort" collate "C");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "audit_log_organiser_idx" ON "audit_log" USING btree ("organiser_id");--> statement-breakpoint
CREATE INDEX "audit_log_entity_idx" ON "audit_log" USING btree ("entity_type","entity_id");