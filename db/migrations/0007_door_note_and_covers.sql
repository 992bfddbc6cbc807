ALTER TABLE "events" ADD COLUMN "cover_asset_id" uuid;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "cover_alt" text;--> statement-breakpoint
ALTER TABLE "invitations" ADD COLUMN "check_in_note" text;--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_cover_asset_id_assets_id_fk" FOREIGN KEY ("cover_asset_id") REFERENCES "public"."assets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "events_cover_asset_idx" ON "events" USING btree ("cover_asset_id");--> statement-breakpoint
ALTER TABLE "events" ADD CONSTRAINT "events_cover_has_alt" CHECK ("events"."cover_asset_id" is null or length(trim("events"."cover_alt")) > 0);