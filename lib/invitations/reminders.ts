import { and, eq, inArray, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { emailOutbox, invitations, people } from "@/db/schema";
import { preparedEverywhere } from "@/db/per-database";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { enqueueEmails, type EnqueueEmailInput } from "@/lib/email/enqueue";
import { DomainError } from "@/lib/errors";
import { optOutKeys, optOutUrl } from "@/lib/opt-out/links";
import { lockEvent, type LockedEvent } from "./capacity";
import { currentLink, guestLinkKey } from "./links";
import { greetingName, guestEmailContext, type GuestEmailContext } from "./guest-email-context";
import { reminderTargetsSql } from "./recipient-rules";
import { splitBySpacing } from "./remind-spacing";
import { tablesToTell } from "@/lib/seating/guest-tables";

/**
 * When an accepted guest is reminded: `reminderHoursBefore` before the start.
 * Null when the event sends none (0 hours) or that moment has passed, so a
 * guest who accepts the day before is not reminded a second later.
 */
export function reminderTime(event: { startsAt: Date; reminderHoursBefore: number }, now: Date = new Date()): Date | null {
  if (event.reminderHoursBefore <= 0) return null;
  const at = new Date(event.startsAt.getTime() - event.reminderHoursBefore * 3_600_000);
  return at.getTime() > now.getTime() ? at : null;
}

/** Takes back reminders not yet sent: for some guests, or for the whole event. */
export async function dropReminders(tx: Db, scope: { eventId: string; invitationIds?: readonly string[] }): Promise<void> {
  if (scope.invitationIds && scope.invitationIds.length === 0) return;
  // One guest's answer: the statement built once.
  if (scope.invitationIds?.length === 1) {
    await dropOneGuestsReminders(tx).execute({ eventId: scope.eventId, invitationId: scope.invitationIds[0] });
    return;
  }
  await tx.delete(emailOutbox).where(upcomingReminders(scope.eventId, scope.invitationIds ? inArray(emailOutbox.invitationId, [...scope.invitationIds]) : undefined));
}

/** An event's reminders of the coming event not yet sent, of the guests `which` picks (all without it). */
function upcomingReminders(eventId: string | SQLWrapper, which?: SQL) {
  return and(eq(emailOutbox.eventId, eventId), eq(emailOutbox.template, "reminder"), eq(emailOutbox.status, "pending"), sql`${emailOutbox.props}->>'kind' = 'upcoming'`, which);
}

const dropOneGuestsReminders = preparedEverywhere((db) =>
  db
    .delete(emailOutbox)
    .where(upcomingReminders(sql.placeholder("eventId"), eq(emailOutbox.invitationId, sql.placeholder("invitationId"))))
    .prepare("drop_guest_reminders"),
);

/**
 * Schedules the reminder of accepted guests through the outbox's send_after,
 * replacing any not yet sent. Guests not (or no longer) accepted get none.
 */
export async function scheduleReminders(
  tx: Db,
  event: LockedEvent,
  invitationIds?: readonly string[],
  now = new Date(),
  /** The event's email context when the caller has it already (it costs four queries). */
  known?: GuestEmailContext,
  /** The guests of `invitationIds` with their person rows, when the caller has just written them; only accepted ones get a reminder. */
  knownGuests?: { invitation: typeof invitations.$inferSelect; person: typeof people.$inferSelect }[],
): Promise<number> {
  await dropReminders(tx, { eventId: event.id, invitationIds });
  const at = event.status === "scheduled" ? reminderTime(event, now) : null;
  if (!at) return 0;
  const guests = knownGuests
    ? knownGuests.filter((g) => g.invitation.eventId === event.id && g.invitation.status === "accepted")
    : await tx
        .select({ invitation: invitations, person: people })
        .from(invitations)
        .innerJoin(people, eq(people.id, invitations.personId))
        .where(and(eq(invitations.eventId, event.id), eq(invitations.status, "accepted"), invitationIds ? inArray(invitations.id, [...invitationIds]) : undefined));
  const reachable = guests.filter((g) => g.person.email);
  if (!reachable.length) return 0;
  const [ctx, key, tables] = await Promise.all([known ?? guestEmailContext(tx, event), guestLinkKey(tx), tablesToTell(tx, event)]);
  await enqueueEmails(
    tx,
    reachable.map(({ invitation, person }): EnqueueEmailInput<"reminder"> => ({
      to: person.email as string,
      template: "reminder",
      props: { guestName: greetingName(person), event: ctx.emailEvent, respondUrl: currentLink(key, invitation), kind: "upcoming", table: tables.get(invitation.id) ?? null },
      sendAfter: at,
      eventId: event.id,
      invitationId: invitation.id,
      // Sent once per guest and time: a reminder already sent is not sent again when nothing moved.
      idempotencyKey: `reminder:${invitation.id}:${at.toISOString()}`,
    })),
  );
  return reachable.length;
}

/**
 * Staff remind guests who have not answered (all of them, or those chosen):
 * the same personal link, queued now. Guests invited less than
 * `skipInvitedWithinDays` days ago are left out (remind-spacing.ts).
 */
export async function remindNonResponders(
  db: Db,
  actor: Actor,
  eventId: string,
  opts: { invitationIds?: readonly string[]; now?: Date; skipInvitedWithinDays?: number } = {},
): Promise<number> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status !== "scheduled" || event.endsAt.getTime() <= now.getTime()) {
      throw new DomainError("Reminders go out only for scheduled events still to come.");
    }
    const guests = await tx
      .select({ invitation: invitations, person: people })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(reminderTargetsSql(eventId, opts.invitationIds));
    const key = await guestLinkKey(tx);
    const linked = guests.filter((g) => g.person.email && currentLink(key, g.invitation)).map((g) => ({ ...g, invitedAt: g.invitation.invitedAt }));
    const reachable = splitBySpacing(linked, opts.skipInvitedWithinDays ?? 0, now).due;
    if (!reachable.length) return 0;
    const [ctx, optOut] = await Promise.all([guestEmailContext(tx, event), optOutKeys(tx)]);
    await enqueueEmails(
      tx,
      reachable.map(({ invitation, person }): EnqueueEmailInput<"reminder"> => ({
        to: person.email as string,
        template: "reminder",
        props: {
          guestName: greetingName(person),
          event: ctx.emailEvent,
          respondUrl: currentLink(key, invitation),
          kind: "no-answer",
          respondBy: ctx.respondBy,
          optOutUrl: optOutUrl(optOut, person.id),
        },
        eventId,
        invitationId: invitation.id,
      })),
    );
    await recordAudit(tx, actor, { action: "guests.reminded", entityType: "event", entityId: eventId, eventId, after: { count: reachable.length, invitationIds: reachable.length <= 50 ? reachable.map((g) => g.invitation.id) : undefined } });
    return reachable.length;
  });
}
