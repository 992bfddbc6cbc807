import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { outboxStatus } from "./enums";

/** A file attached as it is: its bytes, base64. */
export type StoredAttachment = { filename: string; contentType: string; content: string /* base64 */ };
/**
 * A QR code attached as the text it encodes, drawn into a PNG when the email
 * goes out (lib/email/attachments.ts), not in the request that queued it: a
 * guest's acceptance queues one inside its transaction, with the event locked.
 */
export type QrAttachment = { filename: string; contentType: "image/png"; qr: string };
export type OutboxAttachment = StoredAttachment | QrAttachment;

// Every email Convene sends is first a row here, written in the same
// transaction as the change that caused it.
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    toAddress: text("to_address").notNull(),
    template: text("template").notNull(),
    props: jsonb("props").$type<Record<string, unknown>>().notNull().default({}),
    attachments: jsonb("attachments").$type<OutboxAttachment[]>().notNull().default([]),
    idempotencyKey: text("idempotency_key").notNull().unique(),
    status: outboxStatus("status").notNull().default("pending"),
    sendAfter: timestamp("send_after", { withTimezone: true }).notNull().defaultNow(),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    providerId: text("provider_id"),
    // Rows claimed and sent together keep one key, so a retried batch reuses its Idempotency-Key.
    batchKey: text("batch_key"),
    eventId: uuid("event_id"),
    invitationId: uuid("invitation_id"),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("email_outbox_due_idx").on(t.sendAfter).where(sql`${t.status} in ('pending', 'sending')`),
    index("email_outbox_status_idx").on(t.status, t.createdAt),
    index("email_outbox_invitation_idx").on(t.invitationId),
    index("email_outbox_event_idx").on(t.eventId),
    // Sent emails whose content the retention purge has yet to empty (lib/email/retention.ts uses the same condition).
    index("email_outbox_unpurged_idx")
      .on(t.sentAt)
      .where(sql`${t.status} = 'sent' and ((${t.props} - 'kind' - 'outcome') <> '{}'::jsonb or ${t.attachments} <> '[]'::jsonb)`),
  ],
);

// What the dev mailbox transport delivered, for /dev/mailbox.
export const devMailbox = pgTable(
  "dev_mailbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    outboxId: uuid("outbox_id").notNull(),
    toAddress: text("to_address").notNull(),
    // As the provider would get them: From and Reply-To (lib/email/institute.ts).
    fromAddress: text("from_address").notNull().default(""),
    replyTo: text("reply_to"),
    subject: text("subject").notNull(),
    html: text("html").notNull(),
    text: text("text").notNull(),
    // The headers Resend would have been given (List-Unsubscribe on invitations).
    headers: jsonb("headers").$type<Record<string, string>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("dev_mailbox_outbox_idx").on(t.outboxId),
    index("dev_mailbox_created_idx").on(t.createdAt),
    index("dev_mailbox_to_idx").on(t.toAddress),
  ],
);

export const emailSuppressions = pgTable("email_suppressions", {
  email: text("email").primaryKey(),
  reason: text("reason").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

// Fixed-window counters for rate limits, in the database so every app
// instance (and the embedded one) shares them.
export const rateLimits = pgTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
  count: integer("count").notNull(),
});
