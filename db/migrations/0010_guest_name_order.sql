DROP INDEX "invitations_event_status_idx";--> statement-breakpoint
-- The guest list's counts by status read plus-ones and arrivals from the index alone.
CREATE INDEX "invitations_event_status_idx" ON "invitations" USING btree ("event_id","status","source","plus_ones","checked_in_at");--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "sort_family_name" text;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "sort_given_name" text;--> statement-breakpoint
-- An invitation carries its guest's names for the guest list's order (family
-- name, given name, id), kept by these triggers: on an invitation written for
-- a person (or moved to another, as a merge does), and on a person renamed.
CREATE OR REPLACE FUNCTION invitations_name_order() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.family_name, p.given_name INTO NEW.sort_family_name, NEW.sort_given_name FROM people p WHERE p.id = NEW.person_id;
  RETURN NEW;
END
$$;--> statement-breakpoint
CREATE TRIGGER invitations_name_order BEFORE INSERT OR UPDATE OF person_id, sort_family_name, sort_given_name ON invitations
  FOR EACH ROW EXECUTE FUNCTION invitations_name_order();--> statement-breakpoint
CREATE OR REPLACE FUNCTION people_name_order_to_invitations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE invitations SET sort_family_name = NEW.family_name, sort_given_name = NEW.given_name WHERE person_id = NEW.id;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER people_name_order_to_invitations AFTER UPDATE OF family_name, given_name ON people
  FOR EACH ROW WHEN (OLD.family_name IS DISTINCT FROM NEW.family_name OR OLD.given_name IS DISTINCT FROM NEW.given_name)
  EXECUTE FUNCTION people_name_order_to_invitations();--> statement-breakpoint
UPDATE invitations i SET sort_family_name = p.family_name, sort_given_name = p.given_name FROM people p WHERE p.id = i.person_id;--> statement-breakpoint
CREATE INDEX "invitations_event_name_order_idx" ON "invitations" USING btree ("event_id","sort_family_name","sort_given_name","id");
