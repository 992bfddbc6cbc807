import "server-only";
import { and, count, desc, eq, lt, min, sql } from "drizzle-orm";
import { OUTBOX_STATUSES } from "@/db/enum-values";
import { devMailbox, emailOutbox } from "@/db/schema";
import type { Db } from "@/db/types";

export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

export type OutboxEntry = Awaited<ReturnType<typeof listOutbox>>[number];

/**
 * The outbox for the staff email page, newest first. Props and attachments
 * stay out: they carry personal links (sign-in, RSVP) that only the recipient should see.
 */
export async function listOutbox(db: Db, opts: { status?: OutboxStatus; limit?: number; offset?: number } = {}) {
  return db
    .select({
      id: emailOutbox.id,
      toAddress: emailOutbox.toAddress,
      template: emailOutbox.template,
      status: emailOutbox.status,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      providerId: emailOutbox.providerId,
      sendAfter: emailOutbox.sendAfter,
      sentAt: emailOutbox.sentAt,
      createdAt: emailOutbox.createdAt,
      eventId: emailOutbox.eventId,
      invitationId: emailOutbox.invitationId,
    })
    .from(emailOutbox)
    .where(opts.status ? eq(emailOutbox.status, opts.status) : undefined)
    .orderBy(desc(emailOutbox.createdAt), desc(emailOutbox.id))
    .limit(opts.limit ?? 100)
    .offset(opts.offset ?? 0);
}

/** How many emails have each status; every status is present, zero when none. */
export async function countOutboxByStatus(db: Db): Promise<Record<OutboxStatus, number>> {
  const rows = await db.select({ status: emailOutbox.status, n: count() }).from(emailOutbox).groupBy(emailOutbox.status);
  const counts = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
  for (const row of rows) counts[row.status] = Number(row.n);
  return counts;
}

/**
 * How long a due email may wait before staff are told that nothing is
 * sending: a deliverer sends within seconds (a server's run after the change
 * that queued it, its timer, or the email worker's look every second), and a
 * provider's rate limit holds even a send of thousands for under a minute.
 */
export const OVERDUE_AFTER_MS = 5 * 60_000;

/**
 * Emails due for longer than OVERDUE_AFTER_MS and still not sent, and since
 * when the oldest has waited: none while any deliverer runs. Servers started
 * with CONVENE_EMAIL_DELIVERY=worker leave delivery to the email worker; if
 * it is not running, this is how staff find out.
 */
export async function overdueEmails(db: Db, now = new Date()): Promise<{ count: number; since: Date | null }> {
  const [row] = await db
    .select({ n: count(), since: min(emailOutbox.sendAfter) })
    .from(emailOutbox)
    // Written as the due index's own condition (email_outbox_due_idx), so the index answers it.
    .where(and(sql`${emailOutbox.status} in ('pending', 'sending')`, lt(emailOutbox.sendAfter, new Date(now.getTime() - OVERDUE_AFTER_MS))));
  return { count: Number(row?.n ?? 0), since: row?.since ?? null };
}

/** What the dev mailbox holds, newest first; `to` matches the whole address, case-insensitively. */
export async function listDevMailbox(db: Db, opts: { to?: string; limit?: number } = {}) {
  // No address holds a NUL byte (and PostgreSQL text cannot): such a filter matches nothing.
  if (opts.to?.includes("\u0000")) return [];
  const to = opts.to?.trim().toLowerCase();
  return db
    .select({ id: devMailbox.id, outboxId: devMailbox.outboxId, toAddress: devMailbox.toAddress, subject: devMailbox.subject, createdAt: devMailbox.createdAt })
    .from(devMailbox)
    .where(to ? eq(devMailbox.toAddress, to) : undefined)
    .orderBy(desc(devMailbox.createdAt), desc(devMailbox.id))
    .limit(opts.limit ?? 100);
}

/** A message of the dev mailbox with the attachments its outbox row carried (a QR still as its code: `drawAttachments` when one is opened). */
export async function getDevMessage(db: Db, id: string) {
  const [row] = await db
    .select({ message: devMailbox, attachments: emailOutbox.attachments })
    .from(devMailbox)
    .leftJoin(emailOutbox, eq(emailOutbox.id, devMailbox.outboxId))
    .where(eq(devMailbox.id, id));
  return row ? { ...row.message, attachments: row.attachments ?? [] } : null;
}
