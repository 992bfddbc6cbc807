ALTER TABLE "recaps" ADD COLUMN "uncovered_agenda_item_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "recaps" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "assets_sha256_idx" ON "assets" USING btree ("sha256");--> statement-breakpoint
CREATE INDEX "recaps_search_idx" ON "recaps" USING gin (to_tsvector('english', coalesce("title", '') || ' ' || "body"));