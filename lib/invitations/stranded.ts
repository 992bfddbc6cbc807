import "server-only";
import { and, asc, eq, gt, sql } from "drizzle-orm";
import { events, invitations } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/audit/record";
import { promoteWaitlist } from "./answer";
import { lockEvent, seatsSql, waitlistedSeatsSql } from "./capacity";

export type StrandedEvent = { id: string; title: string; startsAt: Date; timeZone: string };

/** The desk itself, in the history of a guest it moved up. */
export const waitlistCheckActor: Actor = { kind: "system", label: "waitlist check" };

/**
 * Upcoming scheduled events whose waitlist should have moved: the party
 * first in line fits the seats left. Promotion goes in order and stops at the
 * first party that does not fit, so only the head of the line is asked: a
 * smaller party behind a larger one waits by the rules, not by a fault.
 */
export async function listStrandedWaitlists(db: Db, now = new Date()): Promise<StrandedEvent[]> {
  const head = db
    .select({ seats: waitlistedSeatsSql })
    .from(invitations)
    .where(and(eq(invitations.eventId, events.id), eq(invitations.status, "waitlisted")))
    .orderBy(asc(invitations.waitlistedAt), asc(invitations.id))
    .limit(1);
  const taken = db.select({ seats: seatsSql }).from(invitations).where(eq(invitations.eventId, events.id));
  return db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, timeZone: events.timeZone })
    .from(events)
    .where(
      and(
        eq(events.status, "scheduled"),
        gt(events.endsAt, now),
        sql`exists (${head})`,
        sql`(${events.capacity} is null or (${taken})::int + (${head}) <= ${events.capacity})`,
      ),
    )
    .orderBy(asc(events.startsAt));
}

/**
 * Moves up every waitlist that should have moved, one event per transaction,
 * through the same promotion (and the same emails) as a freed seat. Safe to
 * run from any number of processes at once: each event is locked and counted
 * again, so a second run finds the line already moved and promotes nobody.
 * Returns the invitations promoted.
 */
export async function promoteStrandedWaitlists(db: Db, now = new Date()): Promise<string[]> {
  const stranded = await listStrandedWaitlists(db, now);
  const promoted: string[] = [];
  for (const { id } of stranded) {
    promoted.push(...(await db.transaction(async (tx) => promoteWaitlist(tx, await lockEvent(tx, id), waitlistCheckActor, now))));
  }
  return promoted;
}
