DROP INDEX "people_search_trgm_idx";--> statement-breakpoint
DROP INDEX "events_search_idx";--> statement-breakpoint
DROP INDEX "recaps_search_idx";--> statement-breakpoint
CREATE INDEX "people_search_trgm_idx" ON "people" USING gin ("search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "events_search_idx" ON "events" USING gin (to_tsvector('english', coalesce("title", '') || ' ' || coalesce("subtitle", '') || ' ' || coalesce("summary", ''))) WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "recaps_search_idx" ON "recaps" USING gin (to_tsvector('english', coalesce("title", '') || ' ' || "body")) WITH (fastupdate=false);