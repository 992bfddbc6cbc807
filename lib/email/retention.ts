import { and, eq, inArray, lt, sql } from "drizzle-orm";
import { devMailbox, emailOutbox } from "@/db/schema";
import type { Db } from "@/db/types";
import { env } from "@/lib/env";
import { getInstitute } from "@/lib/settings/queries";

const DAY = 86_400_000;

/** How many days a sent email keeps its content now. */
export async function emailRetentionDays(db: Db): Promise<number> {
  return (await getInstitute(db)).emailRetentionDays ?? env.CONVENE_EMAIL_RETENTION_DAYS;
}
const BATCH = 1_000;

/**
 * What a sent email keeps once its retention period has passed: the row
 * itself (address, template, status, dates, event and invitation: the staff
 * email page and the guest list's history) and `kind` and `outcome`, which
 * the guest list reads to say which reminder or confirmation went out.
 * Everything else (names, notes, the calendar file) is personal data nobody
 * needs any more.
 */
const kept = sql`jsonb_strip_nulls(jsonb_build_object('kind', ${emailOutbox.props} -> 'kind', 'outcome', ${emailOutbox.props} -> 'outcome'))`;
// The condition of the partial index email_outbox_unpurged_idx (db/schema/email.ts), word for word.
const unpurged = sql`((${emailOutbox.props} - 'kind' - 'outcome') <> '{}'::jsonb or ${emailOutbox.attachments} <> '[]'::jsonb)`;

export type PurgeCounts = { emails: number; devMailbox: number };

/**
 * Empties the content of emails sent more than `retentionDays` ago (the
 * institute's setting at /staff/settings; until one is saved,
 * CONVENE_EMAIL_RETENTION_DAYS, 30 by default), and drops dev mailbox
 * messages as old. A sent row's links are gone already (lib/email/claim.ts);
 * this is the rest. In batches, so a first run over years of outbox holds no
 * long transaction; rows another purge holds are skipped, not waited for.
 */
export async function purgeSentEmails(db: Db, opts: { now?: Date; retentionDays?: number } = {}): Promise<PurgeCounts> {
  const days = opts.retentionDays ?? (await emailRetentionDays(db));
  const cutoff = new Date((opts.now ?? new Date()).getTime() - days * DAY);
  let emails = 0;
  for (;;) {
    const doomed = db
      .select({ id: emailOutbox.id })
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "sent"), unpurged, lt(emailOutbox.sentAt, cutoff)))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    const purged = await db
      .update(emailOutbox)
      .set({ props: kept, attachments: [] })
      .where(inArray(emailOutbox.id, doomed))
      .returning({ id: emailOutbox.id });
    emails += purged.length;
    if (purged.length < BATCH) break;
  }
  const dev = await db.delete(devMailbox).where(lt(devMailbox.createdAt, cutoff)).returning({ id: devMailbox.id });
  return { emails, devMailbox: dev.length };
}
