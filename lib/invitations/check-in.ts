import "server-only";
import { and, asc, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { personName } from "@/lib/people/display-name";
import { namedPersonColumns } from "@/lib/people/queries";
import { lockEvent, notProposedDelegateSql } from "./capacity";
import type { WalkInInput } from "./schema";

/** Who may be marked arrived: anyone on the list who has not been withdrawn or replaced. */
const AT_THE_DOOR = ["accepted", "invited", "waitlisted", "declined", "delegate_pending"] as const;

/**
 * Marks a guest arrived. Marking twice records one arrival: the second call
 * changes nothing and says the guest was already in (a retried tap on a
 * flaky connection is safe).
 */
export async function checkIn(db: Db, actor: Actor, eventId: string, invitationId: string, now = new Date()) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ checkedInAt: now, updatedAt: now })
      .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId), isNull(invitations.checkedInAt), inArray(invitations.status, [...AT_THE_DOOR])))
      .returning({ checkedInAt: invitations.checkedInAt });
    if (row) {
      await recordAudit(tx, actor, { action: "invitation.checked_in", entityType: "invitation", entityId: invitationId, eventId, after: { checkedInAt: now.toISOString() } });
      return { checkedInAt: now, already: false };
    }
    const [existing] = await tx
      .select({ checkedInAt: invitations.checkedInAt, status: invitations.status })
      .from(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId)));
    if (!existing) throw new DomainError("This guest is not on this event's list.");
    if (!existing.checkedInAt) throw new DomainError("This invitation was withdrawn or handed to a delegate; check with the organizers.");
    return { checkedInAt: existing.checkedInAt, already: true };
  });
}

/** Takes back an arrival marked by mistake. Also safe to repeat. */
export async function undoCheckIn(db: Db, actor: Actor, eventId: string, invitationId: string) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(invitations)
      .set({ checkedInAt: null, updatedAt: new Date() })
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
    let invitationId: string;
    if (listed) {
      invitationId = listed.id;
      await tx.update(invitations).set({ checkedInAt: listed.checkedInAt ?? now, updatedAt: now, status: listed.status === "cancelled" ? "accepted" : listed.status }).where(eq(invitations.id, listed.id));
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

/** Only what the door needs: names, titles, affiliations, answer, arrival. No emails, no dietary notes. */
export async function doorList(db: Db, eventId: string) {
  return db
    .select({
      id: invitations.id,
      status: invitations.status,
      source: invitations.source,
      plusOneName: invitations.plusOneName,
      checkedInAt: invitations.checkedInAt,
      ...namedPersonColumns,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), inArray(invitations.status, [...AT_THE_DOOR]), notProposedDelegateSql))
    .orderBy(asc(people.familyName), asc(people.givenName));
}
