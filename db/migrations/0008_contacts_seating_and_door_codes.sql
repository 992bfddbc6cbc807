CREATE TYPE "public"."opt_out_method" AS ENUM('one_click', 'email_link');--> statement-breakpoint
CREATE TYPE "public"."precedence_class" AS ENUM('head_of_state_or_government', 'deputy_head_or_foreign_minister', 'minister', 'un_secretary_general', 'ambassador', 'state_secretary', 'head_of_international_organization', 'charge_d_affaires', 'deputy_permanent_representative', 'other_official', 'academic_or_civil_society', 'staff');--> statement-breakpoint
CREATE TYPE "public"."seating_role" AS ENUM('host', 'guest_of_honour');--> statement-breakpoint
CREATE TYPE "public"."table_shape" AS ENUM('round', 'long');--> statement-breakpoint
CREATE TABLE "contact_list_members" (
	"list_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "contact_list_members_list_id_person_id_pk" PRIMARY KEY("list_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "contact_lists" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"rule" jsonb,
	"created_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "person_tags" (
	"person_id" uuid NOT NULL,
	"tag_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_tags_person_id_tag_id_pk" PRIMARY KEY("person_id","tag_id")
);
--> statement-breakpoint
CREATE TABLE "tags" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "event_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"label" text NOT NULL,
	"shape" "table_shape" DEFAULT 'round' NOT NULL,
	"seats" integer NOT NULL,
	"is_head" boolean DEFAULT false NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "event_tables_seats_range" CHECK ("event_tables"."seats" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "seat_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"table_id" uuid NOT NULL,
	"seat" integer NOT NULL,
	"invitation_id" uuid NOT NULL,
	"companion" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "seat_assignments_seat_positive" CHECK ("seat_assignments"."seat" >= 1 and "seat_assignments"."companion" >= 0)
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "organization_id" uuid;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "precedence_class" "precedence_class";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "credentials_date" date;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "opted_out_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "opted_out_via" "opt_out_method";--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "seating_enabled" boolean;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "seating_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "tell_guests_their_table" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "seating_role" "seating_role";--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "precedence_override" integer;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "check_in_code" text;--> statement-breakpoint
ALTER TABLE "contact_list_members" ADD CONSTRAINT "contact_list_members_list_id_contact_lists_id_fk" FOREIGN KEY ("list_id") REFERENCES "public"."contact_lists"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_list_members" ADD CONSTRAINT "contact_list_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_lists" ADD CONSTRAINT "contact_lists_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tags" ADD CONSTRAINT "person_tags_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_tags" ADD CONSTRAINT "person_tags_tag_id_tags_id_fk" FOREIGN KEY ("tag_id") REFERENCES "public"."tags"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "event_tables" ADD CONSTRAINT "event_tables_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_assignments" ADD CONSTRAINT "seat_assignments_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_assignments" ADD CONSTRAINT "seat_assignments_table_id_event_tables_id_fk" FOREIGN KEY ("table_id") REFERENCES "public"."event_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "seat_assignments" ADD CONSTRAINT "seat_assignments_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_list_members_person_idx" ON "contact_list_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contact_lists_name_lower_idx" ON "contact_lists" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "person_tags_tag_idx" ON "person_tags" USING btree ("tag_id");--> statement-breakpoint
CREATE UNIQUE INDEX "tags_name_lower_idx" ON "tags" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "event_tables_event_idx" ON "event_tables" USING btree ("event_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "event_tables_label_idx" ON "event_tables" USING btree ("event_id",lower("label"));--> statement-breakpoint
CREATE UNIQUE INDEX "seat_assignments_seat_idx" ON "seat_assignments" USING btree ("table_id","seat");--> statement-breakpoint
CREATE UNIQUE INDEX "seat_assignments_guest_idx" ON "seat_assignments" USING btree ("invitation_id","companion");--> statement-breakpoint
CREATE INDEX "seat_assignments_event_idx" ON "seat_assignments" USING btree ("event_id");--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "people_organization_idx" ON "people" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_check_in_code_idx" ON "invitations" USING btree ("event_id","check_in_code") WHERE "invitations"."check_in_code" is not null;--> statement-breakpoint
-- A person's organization follows their affiliation when it names a known
-- organization (by name or short name, any case), unless staff chose one.
CREATE OR REPLACE FUNCTION people_organization_from_affiliation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.affiliation IS NOT NULL AND (
    TG_OP = 'INSERT' AND NEW.organization_id IS NULL
    OR TG_OP = 'UPDATE' AND NEW.affiliation IS DISTINCT FROM OLD.affiliation AND NEW.organization_id IS NOT DISTINCT FROM OLD.organization_id
  ) THEN
    NEW.organization_id := (
      SELECT o.id FROM organizations o
      WHERE lower(o.name) = lower(btrim(NEW.affiliation)) OR lower(o.short_name) = lower(btrim(NEW.affiliation))
      ORDER BY lower(o.name) = lower(btrim(NEW.affiliation)) DESC
      LIMIT 1
    );
  END IF;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER people_organization_from_affiliation BEFORE INSERT OR UPDATE OF affiliation ON people
  FOR EACH ROW EXECUTE FUNCTION people_organization_from_affiliation();--> statement-breakpoint
UPDATE people p SET organization_id = (
  SELECT o.id FROM organizations o
  WHERE lower(o.name) = lower(btrim(p.affiliation)) OR lower(o.short_name) = lower(btrim(p.affiliation))
  ORDER BY lower(o.name) = lower(btrim(p.affiliation)) DESC
  LIMIT 1
) WHERE p.affiliation IS NOT NULL AND p.organization_id IS NULL;
