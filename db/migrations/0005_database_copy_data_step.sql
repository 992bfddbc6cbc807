-- Hand-written data step (keep it out of any regenerated migration).
-- Sessions were stored with their plain token; Convene now stores the token's
-- SHA-256, so these rows open nothing any more, and every old backup holds
-- their tokens: drop them. Every staff member signs in again once.
DELETE FROM "sessions";--> statement-breakpoint
-- Links in emails sent before the outbox sealed them: nobody needs them again.
UPDATE "email_outbox" SET "props" = "props" - 'url' - 'respondUrl' WHERE "status" = 'sent' AND ("props" ? 'url' OR "props" ? 'respondUrl');
