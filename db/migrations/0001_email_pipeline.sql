CREATE TABLE "rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_outbox" ADD COLUMN "batch_key" text;--> statement-breakpoint
CREATE UNIQUE INDEX "dev_mailbox_outbox_idx" ON "dev_mailbox" USING btree ("outbox_id");