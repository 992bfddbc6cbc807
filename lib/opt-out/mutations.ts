import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { emailOutbox, people } from "@/db/schema";
import type { OPT_OUT_METHODS } from "@/db/enum-values";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/enqueue";
import { SEALED_PROP } from "@/lib/email/sealed-links";
import { optInUrl, optOutKeys } from "./links";

export type OptOutVia = (typeof OPT_OUT_METHODS)[number];

/** Who the history names: only the person can opt out or in, never staff. */
export const OPT_OUT_ACTORS = {
  one_click: { kind: "guest", label: "The person, by one click from their email" },
  email_link: { kind: "guest", label: "The person, from the link in their email" },
  opt_in: { kind: "guest", label: "The person, from the opt-in link we emailed them" },
} as const satisfies Record<OptOutVia | "opt_in", Actor>;

/** Why a withdrawn invitation was not sent, as the email log shows it. */
export const WITHDRAWN_REASON = "Not sent: the person opted out of invitations";

export type OptOutResult = { changed: boolean; optedOutAt: Date | null };

/**
 * The person asks for no more invitations. Idempotent: a second request (a
 * mail provider retrying, a second click) changes nothing and keeps the first
 * time and method. Invitations and reminders to answer still waiting in the
 * outbox are withdrawn in the same transaction; confirmations, an accepted
 * guest's reminder and event changes still go.
 */
export async function optOutPerson(db: Db, personId: string, via: OptOutVia, now: Date = new Date()): Promise<OptOutResult> {
  return db.transaction(async (tx) => {
    const [changed] = await tx
      .update(people)
      .set({ optedOutAt: now, optedOutVia: via, updatedAt: now })
      .where(and(eq(people.id, personId), isNull(people.optedOutAt)))
      .returning({ id: people.id, email: people.email });
    if (!changed) {
      const [existing] = await tx.select({ optedOutAt: people.optedOutAt }).from(people).where(eq(people.id, personId));
      return { changed: false, optedOutAt: existing?.optedOutAt ?? null };
    }
    const withdrawn = changed.email
      ? await tx
          .update(emailOutbox)
          .set({ status: "suppressed", lastError: WITHDRAWN_REASON, props: sql`${emailOutbox.props} - ${SEALED_PROP}` })
          .where(
            and(
              eq(emailOutbox.status, "pending"),
              eq(emailOutbox.toAddress, changed.email.toLowerCase()),
              sql`(${emailOutbox.template} = 'invitation' or (${emailOutbox.template} = 'reminder' and ${emailOutbox.props}->>'kind' = 'no-answer'))`,
            ),
          )
          .returning({ id: emailOutbox.id })
      : [];
    await recordAudit(tx, OPT_OUT_ACTORS[via], {
      action: "person.opted_out",
      entityType: "person",
      entityId: personId,
      after: { via, ...(withdrawn.length ? { withdrawnEmails: withdrawn.length } : {}) },
    });
    return { changed: true, optedOutAt: now };
  });
}

/**
 * The person, from the link we emailed them, receives invitations again.
 * The caller has checked the link against `expectedOptedOutAt`; the update
 * checks it again, so a link used twice at once opts in once.
 */
export async function optInPerson(db: Db, personId: string, expectedOptedOutAt: Date, now: Date = new Date()): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ optedOutAt: people.optedOutAt, optedOutVia: people.optedOutVia })
      .from(people)
      .where(and(eq(people.id, personId), isNotNull(people.optedOutAt)))
      .for("update");
    if (!before?.optedOutAt || before.optedOutAt.getTime() !== expectedOptedOutAt.getTime()) return { changed: false };
    await tx.update(people).set({ optedOutAt: null, optedOutVia: null, updatedAt: now }).where(eq(people.id, personId));
    await recordAudit(tx, OPT_OUT_ACTORS.opt_in, {
      action: "person.opted_in",
      entityType: "person",
      entityId: personId,
      before: { optedOutAt: before.optedOutAt.toISOString(), via: before.optedOutVia },
    });
    return { changed: true };
  });
}

/**
 * Someone asks for an opt-in link for `email`. Only an address that belongs
 * to an opted-out person gets one; every other address gets nothing, and the
 * caller says the same either way.
 */
export async function sendOptInLinkIfOptedOut(db: Db, email: string, now: Date = new Date()): Promise<{ sent: boolean }> {
  const address = email.trim().toLowerCase();
  return db.transaction(async (tx) => {
    const [person] = await tx
      .select({ id: people.id, optedOutAt: people.optedOutAt })
      .from(people)
      .where(and(sql`lower(${people.email}) = ${address}`, isNotNull(people.optedOutAt)));
    if (!person?.optedOutAt) return { sent: false };
    const keys = await optOutKeys(tx);
    await enqueueEmail(tx, { to: address, template: "opt-in", props: { url: optInUrl(keys, person.id, person.optedOutAt, now) } });
    await recordAudit(tx, { kind: "guest", label: "Someone with the person's address" }, { action: "person.opt_in_link_sent", entityType: "person", entityId: person.id });
    return { sent: true };
  });
}
