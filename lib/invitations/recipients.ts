import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { currentLink, guestLinkKey } from "./links";
import { invitationOptedOutSql, invitationTargetsSql, optedOutReason, reminderOptedOutSql, reminderTargetsSql } from "./recipient-rules";

/** One person an email will go to, as the send and remind pages list them. */
export type Recipient = {
  id: string;
  honorific: string | null;
  givenName: string;
  familyName: string;
  email: string;
  invitedAt: Date | null;
};

const columns = {
  id: invitations.id,
  honorific: people.honorific,
  givenName: people.givenName,
  familyName: people.familyName,
  email: people.email,
  invitedAt: invitations.invitedAt,
  linkNonce: invitations.linkNonce,
  tokenHash: invitations.tokenHash,
};

/**
 * Who "Send invitations" reaches: guests not yet invited who have an email
 * address, all of them or those chosen; the same rows `sendInvitations` takes.
 */
export async function listInvitationRecipients(db: Db, eventId: string, ids?: readonly string[]): Promise<Recipient[]> {
  if (ids && ids.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(invitationTargetsSql(eventId, ids), isNotNull(people.email)))
    .orderBy(asc(people.familyName), asc(people.givenName));
  return rows.map(toRecipient);
}

/**
 * Who "Remind" can reach: invited guests who have not answered, with an
 * email address and a link this server can still derive; the same rows
 * `remindNonResponders` takes before it applies the spacing.
 */
export async function listReminderRecipients(db: Db, eventId: string, ids?: readonly string[]): Promise<Recipient[]> {
  if (ids && ids.length === 0) return [];
  const [rows, key] = await Promise.all([
    db
      .select(columns)
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(and(reminderTargetsSql(eventId, ids), isNotNull(people.email)))
      .orderBy(asc(people.familyName), asc(people.givenName)),
    guestLinkKey(db),
  ]);
  return rows.filter((r) => currentLink(key, r)).map(toRecipient);
}

/** A guest Send or Remind leaves out, and why ("opted out on 5 Dec 2026"). */
export type SkippedRecipient = Recipient & { reason: string };

/**
 * The guests "Send invitations" or "Remind" would reach but for their own
 * opt-out, with the date as the reason the page shows beside each.
 */
export async function listOptedOutSkips(db: Db, eventId: string, send: "invitations" | "reminders", opts: { ids?: readonly string[]; timeZone?: string } = {}): Promise<SkippedRecipient[]> {
  if (opts.ids && opts.ids.length === 0) return [];
  const rule = send === "invitations" ? invitationOptedOutSql : reminderOptedOutSql;
  const rows = await db
    .select({ ...columns, optedOutAt: people.optedOutAt })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(rule(eventId, opts.ids), isNotNull(people.email)))
    .orderBy(asc(people.familyName), asc(people.givenName));
  return rows.map((r) => ({ ...toRecipient(r), reason: optedOutReason(r.optedOutAt as Date, opts.timeZone) }));
}

function toRecipient(r: { id: string; honorific: string | null; givenName: string; familyName: string; email: string | null; invitedAt: Date | null }): Recipient {
  return { id: r.id, honorific: r.honorific, givenName: r.givenName, familyName: r.familyName, email: r.email as string, invitedAt: r.invitedAt };
}
