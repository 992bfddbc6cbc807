import { and, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import { dateFormatter } from "@/lib/date-formatters";
import { notProposedDelegateSql } from "./capacity";

// Which invitations an email reaches, written once: the send and remind pages
// list exactly the rows `sendInvitations` and `remindNonResponders` then take,
// and the guests they skip with the reason. Every query using these joins
// `people` to `invitations`.

/** "Send invitations" before the person's own wishes: guests not yet invited (a proposed delegate waits for staff), all or those chosen. */
const invitationCandidatesSql = (eventId: string, ids?: readonly string[]) =>
  and(eq(invitations.eventId, eventId), eq(invitations.status, "not_sent"), notProposedDelegateSql, ids ? inArray(invitations.id, [...ids]) : undefined);

/** "Remind" before the person's own wishes: invited guests who have not answered, all or those chosen. */
const reminderCandidatesSql = (eventId: string, ids?: readonly string[]) =>
  and(eq(invitations.eventId, eventId), eq(invitations.status, "invited"), ids ? inArray(invitations.id, [...ids]) : undefined);

/**
 * A person who asked for no more invitations (lib/opt-out) gets neither an
 * invitation nor a reminder to answer one. Emails about a place they hold
 * (confirmations, an accepted guest's reminder, changes, cancellation) still go.
 */
const notOptedOutSql = isNull(people.optedOutAt);
const optedOutSql = isNotNull(people.optedOutAt);

/** "Send invitations": guests not yet invited who have not opted out. */
export const invitationTargetsSql = (eventId: string, ids?: readonly string[]) => and(invitationCandidatesSql(eventId, ids), notOptedOutSql);

/** "Remind": invited guests who have not answered and have not opted out. */
export const reminderTargetsSql = (eventId: string, ids?: readonly string[]) => and(reminderCandidatesSql(eventId, ids), notOptedOutSql);

/** The guests Send would reach but for their opt-out: listed on the page with the reason. */
export const invitationOptedOutSql = (eventId: string, ids?: readonly string[]) => and(invitationCandidatesSql(eventId, ids), optedOutSql);

/** The guests Remind would reach but for their opt-out. */
export const reminderOptedOutSql = (eventId: string, ids?: readonly string[]) => and(reminderCandidatesSql(eventId, ids), optedOutSql);

/** "opted out on 5 Dec 2026": why a guest is skipped. */
export function optedOutReason(optedOutAt: Date, timeZone = "UTC"): string {
  return `opted out on ${formatOptOutDate(optedOutAt, timeZone)}`;
}

/** "5 Dec 2026", in the zone given (the event's, or UTC). */
export function formatOptOutDate(at: Date | string, timeZone = "UTC"): string {
  return dateFormatter("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(new Date(at));
}
