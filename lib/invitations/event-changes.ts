import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { events, invitations, people, venues } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/audit/record";
import { enqueueEmails, type EnqueueEmailInput } from "@/lib/email/enqueue";
import { promoteWaitlist } from "./answer";
import { currentLink, guestLinkKey } from "./links";
import { formatEventWhen } from "@/lib/events/time";
import type { EventChangeMove } from "@/emails/event-change";
import { greetingName, guestEmailContext, invitationCalendar, venueLine } from "./guest-email-context";
import { dropReminders, scheduleReminders } from "./reminders";

type EventRow = typeof events.$inferSelect;

/** Guests who hold an invitation they may still act on. */
const OPEN = ["invited", "accepted", "waitlisted", "delegate_pending"] as const;

async function openGuests(tx: Db, eventId: string, statuses: readonly (typeof OPEN)[number][]) {
  return tx
    .select({ invitation: invitations, person: people })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), inArray(invitations.status, [...statuses])));
}

const NO_PLACE = "No place given";

async function placeOf(tx: Db, venueId: string | null): Promise<string> {
  if (!venueId) return NO_PLACE;
  const [venue] = await tx.select().from(venues).where(eq(venues.id, venueId));
  return venueLine(venue ?? null) ?? NO_PLACE;
}

/** What moved, old and new side by side, so a guest need not compare two emails. */
async function movesBetween(tx: Db, before: EventRow, after: EventRow): Promise<EventChangeMove[]> {
  const moves: EventChangeMove[] = [];
  const was = formatEventWhen(before.startsAt, before.endsAt, before.timeZone);
  const now = formatEventWhen(after.startsAt, after.endsAt, after.timeZone);
  if (was !== now) moves.push({ what: "time", was, now });
  if (before.venueId !== after.venueId) {
    const [wasPlace, nowPlace] = await Promise.all([placeOf(tx, before.venueId), placeOf(tx, after.venueId)]);
    moves.push({ what: "place", was: wasPlace, now: nowPlace });
  }
  return moves;
}

/**
 * What guests hear when staff save an event (the caller holds the event
 * lock): a new time or place goes to everyone with an open invitation,
 * with an updated calendar entry (same UID, the next SEQUENCE) for those
 * attending; more room goes to the waitlist.
 */
export async function afterEventSaved(tx: Db, actor: Actor, before: EventRow, after: EventRow): Promise<void> {
  if (before.status === "scheduled" && after.status === "scheduled" && after.calendarSequence > before.calendarSequence) {
    const changes = [
      before.startsAt.getTime() !== after.startsAt.getTime() || before.endsAt.getTime() !== after.endsAt.getTime() ? "The time" : null,
      before.venueId !== after.venueId ? "The place" : null,
    ].filter((c): c is string => c !== null);
    const guests = (await openGuests(tx, after.id, OPEN)).filter((g) => g.person.email);
    if (guests.length) {
      const [ctx, key, moves] = await Promise.all([guestEmailContext(tx, after), guestLinkKey(tx), movesBetween(tx, before, after)]);
      await enqueueEmails(
        tx,
        guests.map(({ invitation, person }): EnqueueEmailInput<"event-change"> => ({
          to: person.email as string,
          template: "event-change",
          props: { guestName: greetingName(person), event: ctx.emailEvent, kind: "updated", changes, moves, reason: null, respondUrl: currentLink(key, invitation) },
          attachments:
            invitation.status === "accepted"
              ? [invitationCalendar(ctx, { invitationId: invitation.id, name: greetingName(person), email: person.email as string, status: invitation.status }, "request")]
              : [],
          eventId: after.id,
          invitationId: invitation.id,
          idempotencyKey: `event-change:${invitation.id}:${after.calendarSequence}`,
        })),
      );
    }
  }
  const remindersMoved =
    before.startsAt.getTime() !== after.startsAt.getTime() || before.reminderHoursBefore !== after.reminderHoursBefore || before.status !== after.status;
  if (remindersMoved) await scheduleReminders(tx, after);
  const moreRoom = after.capacity === null ? before.capacity !== null : before.capacity !== null && after.capacity > before.capacity;
  if (after.status === "scheduled" && moreRoom) await promoteWaitlist(tx, after, actor);
}

/** Everyone with an open invitation hears of a cancellation, with a file that takes it out of their calendar. */
export async function afterEventCancelled(tx: Db, event: EventRow, reason: string | null): Promise<number> {
  await dropReminders(tx, { eventId: event.id });
  const guests = (await openGuests(tx, event.id, OPEN)).filter((g) => g.person.email);
  if (!guests.length) return 0;
  const ctx = await guestEmailContext(tx, event);
  await enqueueEmails(
    tx,
    guests.map(({ invitation, person }): EnqueueEmailInput<"event-change"> => ({
      to: person.email as string,
      template: "event-change",
      props: { guestName: greetingName(person), event: ctx.emailEvent, kind: "cancelled", changes: [], reason, respondUrl: null },
      attachments: [invitationCalendar(ctx, { invitationId: invitation.id, name: greetingName(person), email: person.email as string, status: invitation.status }, "cancel")],
      eventId: event.id,
      invitationId: invitation.id,
      idempotencyKey: `event-cancelled:${invitation.id}`,
    })),
  );
  return guests.length;
}
