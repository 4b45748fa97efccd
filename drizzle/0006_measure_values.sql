CREATE TABLE "measure_values" (
	"organiser_id" uuid NOT NULL,
	"school_form" text NOT NULL,
	"measure_key" text NOT NULL,
	"year" integer NOT NULL,
	"value" double precision,
	"n" integer NOT NULL,
	"status" text,
	"import_id" uuid NOT NULL,
	CONSTRAINT "measure_values_organiser_id_school_form_measure_key_year_pk" PRIMARY KEY("organiser_id","school_form","measure_key","year"),
	CONSTRAINT "measure_values_value_or_status" CHECK (("measure_values"."value" is null) = ("measure_values"."status" is not null)),
	CONSTRAINT "measure_values_n_chk" CHECK ("measure_values"."n" >= 0)
);
--> statement-breakpoint
CREATE TABLE "value_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"label" text NOT NULL,
	"source" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	"imported_by" uuid,
	"rows" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "values_revision" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"revision" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "value_imports" ADD CONSTRAINT "value_imports_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "measure_values_measure_idx" ON "measure_values" USING btree ("measure_key","school_form","year");