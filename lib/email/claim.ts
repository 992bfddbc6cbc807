import { randomUUID } from "node:crypto";
import { and, asc, eq, inArray, lte, notInArray, sql } from "drizzle-orm";
import { emailOutbox } from "@/db/schema";
import type { Db } from "@/db/types";
import { SEALED_PROP } from "./sealed-links";
import { ALL_LINK_PROPS } from "./templates";

// Once an email is sent nobody needs its links again (a failed one keeps
// them, for "send again"); plain ones are on rows queued before links were sealed.
const SENT_DROPS = sql.raw(`array[${[SEALED_PROP, ...ALL_LINK_PROPS].map((p) => `'${p.replaceAll("'", "''")}'`).join(", ")}]::text[]`);

export type ClaimedEmail = typeof emailOutbox.$inferSelect;

export type Settlement =
  | { id: string; status: "sent"; providerId: string; at: Date }
  | { id: string; status: "pending"; lastError: string; sendAfter: Date; refundAttempt?: boolean }
  | { id: string; status: "failed" | "suppressed"; lastError: string };

/**
 * Claims due rows in one statement, so any number of deliverers can drain the
 * outbox: each row goes to exactly one of them until its lease passes. A row
 * whose deliverer died while it was 'sending' is due again once the lease ends.
 *
 * Rows that join a batch get a batch key, kept across retries, so a batch
 * re-sent after a crash carries the same Idempotency-Key and the same members;
 * that is why a claimed row brings its whole batch with it. Rows with
 * attachments always travel alone, under their own id, and get no batch key.
 */
export async function claimDueEmails(
  db: Db,
  opts: { now: Date; limit: number; leaseMs: number; maxBatch: number },
): Promise<ClaimedEmail[]> {
  const due = and(inArray(emailOutbox.status, ["pending", "sending"]), lte(emailOutbox.sendAfter, opts.now));
  const picked = db.$with("picked").as(
    db
      .select({ id: emailOutbox.id, batchKey: emailOutbox.batchKey })
      .from(emailOutbox)
      .where(due)
      .orderBy(asc(emailOutbox.sendAfter), asc(emailOutbox.createdAt))
      .limit(opts.limit)
      .for("update", { skipLocked: true }),
  );
  const siblings = db.$with("siblings").as(
    db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(
        and(
          due,
          inArray(emailOutbox.batchKey, db.select({ batchKey: picked.batchKey }).from(picked)),
          notInArray(emailOutbox.id, db.select({ id: picked.id }).from(picked)),
        ),
      )
      .for("update", { skipLocked: true }),
  );
  const claimKey = randomUUID();
  const fresh = sql`${emailOutbox.batchKey} is null and ${emailOutbox.attachments} = '[]'::jsonb`;
  const keyed = db.$with("keyed").as(
    db
      .select({
        id: emailOutbox.id,
        newBatchKey: sql<string | null>`case when ${fresh} then ${claimKey} || ':' || ((row_number() over (partition by ${fresh} order by ${emailOutbox.createdAt}, ${emailOutbox.id}) - 1) / ${opts.maxBatch}) else ${emailOutbox.batchKey} end`.as(
          "new_batch_key",
        ),
      })
      .from(emailOutbox)
      // One list, not `in picked or in siblings`: PostgreSQL reads an OR of
      // two subqueries by scanning the whole outbox (90 ms at 6 000 rows), and
      // then expects that many rows back; the union is looked up by id.
      .where(sql`${emailOutbox.id} in (select ${picked.id} from ${picked} union all select ${siblings.id} from ${siblings})`),
  );
  const rows = await db
    .with(picked, siblings, keyed)
    .update(emailOutbox)
    .set({
      status: "sending",
      attempts: sql`${emailOutbox.attempts} + 1`,
      sendAfter: new Date(opts.now.getTime() + opts.leaseMs),
      batchKey: sql`${keyed.newBatchKey}`,
    })
    .from(keyed)
    .where(eq(emailOutbox.id, keyed.id))
    .returning(returnedColumns);
  return rows.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
}

const returnedColumns = {
  id: emailOutbox.id,
  toAddress: emailOutbox.toAddress,
  template: emailOutbox.template,
  props: emailOutbox.props,
  attachments: emailOutbox.attachments,
  idempotencyKey: emailOutbox.idempotencyKey,
  status: emailOutbox.status,
  sendAfter: emailOutbox.sendAfter,
  attempts: emailOutbox.attempts,
  lastError: emailOutbox.lastError,
  providerId: emailOutbox.providerId,
  batchKey: emailOutbox.batchKey,
  eventId: emailOutbox.eventId,
  invitationId: emailOutbox.invitationId,
  sentAt: emailOutbox.sentAt,
  createdAt: emailOutbox.createdAt,
};

/** Keeps rows this deliverer still holds from falling due to another one during a long run. */
export async function renewLease(db: Db, ids: string[], until: Date): Promise<void> {
  if (ids.length === 0) return;
  await db
    .update(emailOutbox)
    .set({ sendAfter: until })
    .where(and(inArray(emailOutbox.id, ids), eq(emailOutbox.status, "sending")));
}

/** Records what happened to claimed rows, all in one statement. */
export async function settleEmails(db: Db, settlements: Settlement[]): Promise<void> {
  if (settlements.length === 0) return;
  const values = settlements.map((s) => {
    const providerId = s.status === "sent" ? s.providerId : null;
    const lastError = s.status === "sent" ? null : s.lastError;
    const sendAfter = s.status === "pending" ? s.sendAfter.toISOString() : null;
    const sentAt = s.status === "sent" ? s.at.toISOString() : null;
    const refund = s.status === "pending" && s.refundAttempt ? 1 : 0;
    return sql`(${s.id}::uuid, ${s.status}::outbox_status, ${providerId}::text, ${lastError}::text, ${sendAfter}::timestamptz, ${sentAt}::timestamptz, ${refund}::int)`;
  });
  await db
    .update(emailOutbox)
    .set({
      status: sql`v.status`,
      providerId: sql`v.provider_id`,
      lastError: sql`v.last_error`,
      sendAfter: sql`coalesce(v.send_after, ${emailOutbox.sendAfter})`,
      sentAt: sql`v.sent_at`,
      props: sql`case when v.status = 'sent' then ${emailOutbox.props} - ${SENT_DROPS} else ${emailOutbox.props} end`,
      attempts: sql`${emailOutbox.attempts} - v.refund`,
    })
    .from(sql`(values ${sql.join(values, sql`, `)}) as v(id, status, provider_id, last_error, send_after, sent_at, refund)`)
    // A row another deliverer reclaimed after this one's lease ran out is theirs to record.
    .where(and(sql`${emailOutbox.id} = v.id`, eq(emailOutbox.status, "sending")));
}
