import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { byPrecedence } from "@/lib/seating/precedence";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { personName } from "@/lib/people/display-name";
import { namedPersonColumns } from "@/lib/people/queries";
import { lockEvent, notProposedDelegateSql } from "./capacity";
import { AT_THE_DOOR, expectedAtTheDoor, isAtTheDoor } from "./door-standing";
import type { WalkInInput } from "./schema";

const NOT_EXPECTED: Record<string, string> = {
  invited: "has not answered",
  declined: "declined",
  waitlisted: "is on the waitlist",
  delegate_pending: "proposed a delegate",
  cancelled: "had their invitation withdrawn",
};

/**
 * Marks an expected guest (one who accepted) arrived: the door's one tap.
 * Marking twice records one arrival: the second call changes nothing and
 * says the guest was already in (a retried tap on a flaky connection is
 * safe). Anyone else is refused here: they go in only by `admitAnyway`.
 */
export async function checkIn(db: Db, actor: Actor, eventId: string, invitationId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ checkedInAt: now, updatedAt: now })
      .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId), isNull(invitations.checkedInAt), eq(invitations.status, "accepted")))
      .returning({ checkedInAt: invitations.checkedInAt });
    if (row) {
      await recordAudit(tx, actor, { action: "invitation.checked_in", entityType: "invitation", entityId: invitationId, eventId, after: { checkedInAt: now.toISOString() } });
      return { checkedInAt: now, already: false };
    }
    const existing = await guestAtTheDoor(tx, eventId, invitationId);
    if (existing.checkedInAt) return { checkedInAt: existing.checkedInAt, already: true };
    throw new DomainError(`This guest ${NOT_EXPECTED[existing.status] ?? "is not expected"}: use “Admit anyway” and say why.`);
  });
}

/** The invitation as the door sees it, or the reason the door cannot act on it. */
async function guestAtTheDoor(tx: Db, eventId: string, invitationId: string) {
  const [existing] = await tx
    .select({ checkedInAt: invitations.checkedInAt, status: invitations.status })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId)))
    .for("update");
  if (!existing) throw new DomainError("This guest is not on this event's list.");
  if (!existing.checkedInAt && !isAtTheDoor(existing.status)) throw new DomainError("This invitation was handed to a delegate or never sent; check with the organizers.");
  return existing;
}

/**
 * Lets in a guest who was not expected (declined, waitlisted, no answer,
 * withdrawn): a deliberate choice with a reason, kept on the invitation
 * (check_in_note) and in the event's history. Their answer stays as it was:
 * the door records who came, not what they said. Safe to repeat.
 */
export async function admitAnyway(db: Db, actor: Actor, eventId: string, invitationId: string, reason: string, now = new Date()) {
  const note = reason.trim();
  if (!note) throw new DomainError("Say why you are admitting this guest.");
  return db.transaction(async (tx) => {
    const existing = await guestAtTheDoor(tx, eventId, invitationId);
    if (existing.checkedInAt) return { checkedInAt: existing.checkedInAt, already: true };
    await tx.update(invitations).set({ checkedInAt: now, checkInNote: note, updatedAt: now }).where(eq(invitations.id, invitationId));
    await recordAudit(tx, actor, {
      action: expectedAtTheDoor(existing.status) ? "invitation.checked_in" : "invitation.admitted_anyway",
      entityType: "invitation",
      entityId: invitationId,
      eventId,
      before: { status: existing.status },
      after: { checkedInAt: now.toISOString() },
      reason: note,
    });
    return { checkedInAt: now, already: false };
  });
}

/** Takes back an arrival marked by mistake (and the reason given, if they were admitted anyway). Also safe to repeat. */
export async function undoCheckIn(db: Db, actor: Actor, eventId: string, invitationId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ checkedInAt: null, checkInNote: null, updatedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId), isNotNull(invitations.checkedInAt)))
      .returning({ id: invitations.id });
    if (row) await recordAudit(tx, actor, { action: "invitation.check_in_undone", entityType: "invitation", entityId: invitationId, eventId });
    return { undone: Boolean(row) };
  });
}

/**
 * Someone at the door who is not on the list: added to the directory (or
 * found there by email) and to the list, already arrived (source walk_in).
 * Someone who is on the list after all is simply marked arrived.
 */
export async function addWalkIn(db: Db, actor: Actor, eventId: string, input: WalkInInput, now = new Date()) {
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status === "cancelled") throw new DomainError("This event is cancelled.");
    let personId: string | undefined;
    if (input.email) {
      const [found] = await tx.select({ id: people.id }).from(people).where(sql`lower(${people.email}) = ${input.email}`);
      personId = found?.id;
    }
    personId ??= (await tx.insert(people).values({ ...input }).returning({ id: people.id }))[0].id;
    const [listed] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.eventId, eventId), eq(invitations.personId, personId)))
      .for("update");
    if (listed && !listed.checkedInAt && isAtTheDoor(listed.status) && !expectedAtTheDoor(listed.status)) {
      // On the list but not expected: the walk-in form is no way round "Admit anyway".
      throw new DomainError(`${personName(input)} is on the list but not expected: find them above and use “Admit anyway”.`);
    }
    let invitationId: string;
    if (listed) {
      invitationId = listed.id;
      await tx.update(invitations).set({ checkedInAt: listed.checkedInAt ?? now, updatedAt: now }).where(eq(invitations.id, listed.id));
    } else {
      [{ id: invitationId }] = await tx
        .insert(invitations)
        .values({ eventId, personId, source: "walk_in", status: "accepted", respondedAt: now, checkedInAt: now })
        .returning({ id: invitations.id });
    }
    await recordAudit(tx, actor, {
      action: listed ? "invitation.checked_in" : "invitation.walk_in",
      entityType: "invitation",
      entityId: invitationId,
      eventId,
      after: { name: personName(input), checkedInAt: now.toISOString() },
    });
    return { invitationId, wasListed: Boolean(listed) };
  });
}

export type DoorGuest = Awaited<ReturnType<typeof doorList>>[number];

/** Only what the door needs: names, titles, affiliations, answer and when, arrival. No emails, no dietary notes. */
/** How the door's list is ordered: by family name (the default, as the printed sheets), or by precedence. */
export type DoorOrder = "name" | "precedence";

export async function doorList(db: Db, eventId: string, order: DoorOrder = "name") {
  const rows = await db
    .select({
      id: invitations.id,
      status: invitations.status,
      source: invitations.source,
      plusOneName: invitations.plusOneName,
      respondedAt: invitations.respondedAt,
      waitlistedAt: invitations.waitlistedAt,
      checkedInAt: invitations.checkedInAt,
      checkInNote: invitations.checkInNote,
      precedenceOverride: invitations.precedenceOverride,
      precedenceClass: people.precedenceClass,
      credentialsDate: people.credentialsDate,
      ...namedPersonColumns,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), inArray(invitations.status, [...AT_THE_DOOR]), notProposedDelegateSql))
    .orderBy(asc(people.familyName), asc(people.givenName));
  // The event's own order of precedence, staff's changes included, as the table plan uses it (lib/seating/precedence.ts).
  return order === "precedence" ? byPrecedence(rows) : rows;
}
