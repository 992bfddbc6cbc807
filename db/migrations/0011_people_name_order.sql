DROP INDEX "people_family_name_idx";--> statement-breakpoint
CREATE INDEX "people_name_order_idx" ON "people" USING btree ("family_name","given_name","id");