import { and, asc, eq, ne, notExists, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { events, invitations } from "@/db/schema";
import { preparedEverywhere } from "@/db/per-database";
import type { Db } from "@/db/types";
import { DomainError } from "@/lib/errors";
import { fits, placeAcceptance } from "./status";
import type { WaitlistStanding } from "./waitlist-reason";

export type LockedEvent = typeof events.$inferSelect;

/**
 * Locks the event row for the rest of the transaction. Every change that
 * takes or frees a seat goes through here first, so answers to one event
 * queue behind each other and the count below is never stale.
 */
export async function lockEvent(tx: Db, eventId: string): Promise<LockedEvent> {
  const [event] = await lockEventQuery(tx).execute({ eventId });
  if (!event) throw new DomainError("This event no longer exists.");
  return event;
}

// Every answer and change of seats runs it: its SQL (every column of the event) is built once.
const lockEventQuery = preparedEverywhere((db) =>
  db.select().from(events).where(eq(events.id, sql.placeholder("eventId"))).for("update").prepare("lock_event"),
);

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
 *
 * With `queue`, a seat is only taken when nobody waits ahead: a guest
 * answering now (or a seated guest adding a plus-one) must not pass the
 * waitlist, even when the seat free is too small for the party at its head.
 * `queue.invitationId` is the guest's own invitation, null for a newcomer.
 */
export async function placeFor(
  tx: Db,
  event: LockedEvent,
  seatsWanted: number,
  seatsHeld = 0,
  queue?: { invitationId: string | null },
): Promise<Placement> {
  if (event.capacity === null) return "accepted";
  const taken = (await seatsTaken(tx, event.id)) - seatsHeld;
  // Whether anyone waits ahead is asked only when the party fits: it cannot change a "no".
  const ahead = fits(event.capacity, taken, seatsWanted) && queue ? await someoneWaitsAhead(tx, event.id, queue.invitationId) : false;
  const placed = placeAcceptance({ capacity: event.capacity, waitlistEnabled: event.waitlistEnabled, seatsTaken: taken, seatsWanted, someoneWaitsAhead: ahead });
  if (placed !== "full") return placed;
  throw new DomainError("This event is full and keeps no waitlist. Please contact the organizers.");
}

/**
 * An invitation answered the moment it is placed (a registration, an approved
 * delegate): seated or waitlisted now, with the link it was just issued.
 */
export function placedNow(placement: Placement, now: Date, link: { nonce: string; tokenHash: string }) {
  return {
    status: placement,
    invitedAt: now,
    respondedAt: now,
    updatedAt: now,
    waitlistedAt: placement === "waitlisted" ? sql`clock_timestamp()` : null,
    linkNonce: link.nonce,
    tokenHash: link.tokenHash,
  };
}

/** Whether another guest is on the waitlist ahead of this invitation (ahead of everyone, for one not on it). */
export async function someoneWaitsAhead(tx: Db, eventId: string, invitationId: string | null): Promise<boolean> {
  const me = alias(invitations, "me");
  const [row] = await tx
    .select({ id: invitations.id })
    .from(invitations)
    .where(
      and(
        eq(invitations.eventId, eventId),
        eq(invitations.status, "waitlisted"),
        invitationId
          ? and(
              ne(invitations.id, invitationId),
              notExists(
                tx
                  .select({ id: me.id })
                  .from(me)
                  .where(
                    and(
                      eq(me.id, invitationId),
                      eq(me.status, "waitlisted"),
                      sql`(${me.waitlistedAt}, ${me.id}) < (${invitations.waitlistedAt}, ${invitations.id})`,
                    ),
                  ),
              ),
            )
          : undefined,
      ),
    )
    .limit(1);
  return Boolean(row);
}

/** Leaves out a delegate proposed by a guest and not yet approved: on the list for staff to decide, not a guest yet. */
export const notProposedDelegateSql = sql`not (${invitations.source} = 'delegate' and ${invitations.status} = 'not_sent')`;

/** Seats a waitlisted party wants, in SQL: the same rule as `seatsFor`. */
export const waitlistedSeatsSql = sql<number>`case when coalesce(trim(${invitations.plusOneName}), '') <> '' then 2 else 1 end`;

/** A waitlisted guest's place in line and what decides it, for the words on their page (waitlist-reason.ts). */
export async function waitlistStanding(db: Db, invitationId: string): Promise<WaitlistStanding | null> {
  const position = await waitlistPosition(db, invitationId);
  if (position === null) return null;
  const [me] = await db
    .select({ eventId: invitations.eventId, capacity: events.capacity, seatsWanted: waitlistedSeatsSql })
    .from(invitations)
    .innerJoin(events, eq(events.id, invitations.eventId))
    .where(eq(invitations.id, invitationId));
  const [taken, [first]] = await Promise.all([
    seatsTaken(db, me.eventId),
    db
      .select({ seats: waitlistedSeatsSql })
      .from(invitations)
      .where(and(eq(invitations.eventId, me.eventId), eq(invitations.status, "waitlisted")))
      .orderBy(asc(invitations.waitlistedAt), asc(invitations.id))
      .limit(1),
  ]);
  const seatsWanted = Number(me.seatsWanted);
  return { position, capacity: me.capacity, seatsTaken: taken, seatsWanted, firstInLineSeats: first ? Number(first.seats) : seatsWanted };
}
