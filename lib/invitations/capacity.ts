import { and, eq, sql } from "drizzle-orm";
import { events, invitations } from "@/db/schema";
import type { Db } from "@/db/types";
import { DomainError } from "@/lib/errors";
import { fits } from "./status";

export type LockedEvent = typeof events.$inferSelect;

/**
 * Locks the event row for the rest of the transaction. Every change that
 * takes or frees a seat goes through here first, so answers to one event
 * queue behind each other and the count below is never stale.
 */
export async function lockEvent(tx: Db, eventId: string): Promise<LockedEvent> {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
  if (!event) throw new DomainError("This event no longer exists.", undefined, "not_found");
  return event;
}

/**
 * Seats taken: accepted guests and the people they bring, and a guest whose
 * delegate awaits approval (the seat is held for the delegate).
 */
export async function seatsTaken(tx: Db, eventId: string): Promise<number> {
  const [row] = await tx
    .select({ seats: seatsSql })
    .from(invitations)
    .where(eq(invitations.eventId, eventId));
  return Number(row.seats);
}

export const seatsSql = sql<string>`coalesce(sum(case ${invitations.status} when 'accepted' then 1 + ${invitations.plusOnes} when 'delegate_pending' then 1 else 0 end), 0)`;

/** 1 for the first in line. Ties on the time are broken by id, the same order promotion uses. */
export async function waitlistPosition(tx: Db, invitationId: string): Promise<number | null> {
  const [me] = await tx
    .select({ eventId: invitations.eventId, status: invitations.status, waitlistedAt: invitations.waitlistedAt })
    .from(invitations)
    .where(eq(invitations.id, invitationId));
  if (!me || me.status !== "waitlisted" || !me.waitlistedAt) return null;
  const [ahead] = await tx
    .select({ n: sql<string>`count(*)` })
    .from(invitations)
    .where(
      and(
        eq(invitations.eventId, me.eventId),
        eq(invitations.status, "waitlisted"),
        sql`(${invitations.waitlistedAt}, ${invitations.id}) < (${me.waitlistedAt.toISOString()}::timestamptz, ${invitationId}::uuid)`,
      ),
    );
  return Number(ahead.n) + 1;
}

export type Placement = "accepted" | "waitlisted";

/**
 * Where an acceptance lands on a locked event: a seat when the guest (and
 * the person they bring) fits, else the waitlist when the event keeps one.
 * `seatsHeld` is what this invitation holds already (re-answering with a
 * plus-one added needs only the difference).
 */
export async function placeFor(tx: Db, event: LockedEvent, seatsWanted: number, seatsHeld = 0): Promise<Placement> {
  if (event.capacity === null) return "accepted";
  const taken = (await seatsTaken(tx, event.id)) - seatsHeld;
  if (fits(event.capacity, taken, seatsWanted)) return "accepted";
  if (event.waitlistEnabled) return "waitlisted";
  throw new DomainError("This event is full and keeps no waitlist. Please contact the organizers.", undefined, "conflict");
}

/** Leaves out a delegate proposed by a guest and not yet approved: on the list for staff to decide, not a guest yet. */
export const notProposedDelegateSql = sql`not (${invitations.source} = 'delegate' and ${invitations.status} = 'not_sent')`;
