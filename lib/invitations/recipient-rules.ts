import { and, eq, inArray } from "drizzle-orm";
import { invitations } from "@/db/schema";
import { notProposedDelegateSql } from "./capacity";

// Which invitations an email reaches, written once: the send and remind pages
// list exactly the rows `sendInvitations` and `remindNonResponders` then take.

/** "Send invitations": guests not yet invited (a proposed delegate waits for staff), all or those chosen. */
export const invitationTargetsSql = (eventId: string, ids?: readonly string[]) =>
  and(eq(invitations.eventId, eventId), eq(invitations.status, "not_sent"), notProposedDelegateSql, ids ? inArray(invitations.id, [...ids]) : undefined);

/** "Remind": invited guests who have not answered, all or those chosen. */
export const reminderTargetsSql = (eventId: string, ids?: readonly string[]) =>
  and(eq(invitations.eventId, eventId), eq(invitations.status, "invited"), ids ? inArray(invitations.id, [...ids]) : undefined);
