import "server-only";
import { and, eq, inArray, max, ne, sql } from "drizzle-orm";
import { eventTables, events, invitations, seatAssignments } from "@/db/schema";
import type { Db } from "@/db/types";
import { type Actor, type AuditEntry, recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { lockEvent, type LockedEvent } from "@/lib/invitations/capacity";
import { reminderTime, scheduleReminders } from "@/lib/invitations/reminders";
import { hasSeating } from "./seating-switch";
import { loadPlanGuests } from "./plan-rows";
import { type PlanResult, seatByProtocol as planBy, type SeatingRole } from "./plan";
import { byPrecedence, moveInOrder } from "./precedence";
import type { TableInput } from "./schema";

// Every change to a table plan runs here: one transaction, the event's row
// locked, the version the person saw compared with the stored one (an edit
// made against an older plan is refused, so nobody's move is overwritten
// unseen), the version bumped, and an entry in the history.

export const STALE_PLAN = "Someone else changed the plan; here it is now.";

type Change = { eventId: string; version: number };

async function changePlan<T>(db: Db, actor: Actor, { eventId, version }: Change, work: (tx: Db) => Promise<{ audit: Omit<AuditEntry, "eventId">; result: T }>): Promise<T & { version: number }> {
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.seatingVersion !== version) throw new DomainError(STALE_PLAN);
    const departed = await clearDeparted(tx, eventId);
    const { audit, result } = await work(tx);
    const next = version + 1;
    await tx.update(events).set({ seatingVersion: next }).where(eq(events.id, eventId));
    await recordAudit(tx, actor, { ...audit, eventId, after: { ...(audit.after as object | undefined), ...(departed ? { departed } : {}) } });
    await retellTables(tx, event);
    return { ...result, version: next };
  });
}

/**
 * When guests are told their table, the reminders not yet sent are queued
 * again with the plan as it is now (in the same transaction as the change).
 */
async function retellTables(tx: Db, event: LockedEvent) {
  if (event.tellGuestsTheirTable && hasSeating(event) && reminderTime(event)) await scheduleReminders(tx, event);
}

/**
 * Seats held by guests who are no longer coming (declined, cancelled, a
 * plus-one withdrawn): the page warns about them until the next change,
 * which frees them here.
 */
async function clearDeparted(tx: Db, eventId: string): Promise<number> {
  const gone = await tx
    .delete(seatAssignments)
    .where(
      and(
        eq(seatAssignments.eventId, eventId),
        sql`not exists (select 1 from ${invitations} i where i.id = ${seatAssignments.invitationId} and i.status = 'accepted' and i.plus_ones >= ${seatAssignments.companion})`,
      ),
    )
    .returning({ id: seatAssignments.id });
  return gone.length;
}

async function tableOf(tx: Db, eventId: string, tableId: string) {
  const [table] = await tx.select().from(eventTables).where(and(eq(eventTables.id, tableId), eq(eventTables.eventId, eventId)));
  if (!table) throw new DomainError("That table is no longer in the plan.");
  return table;
}

async function labelTaken(tx: Db, eventId: string, label: string, except?: string) {
  const [row] = await tx
    .select({ id: eventTables.id })
    .from(eventTables)
    .where(and(eq(eventTables.eventId, eventId), sql`lower(${eventTables.label}) = lower(${label})`, except ? ne(eventTables.id, except) : undefined));
  return Boolean(row);
}

export async function addTable(db: Db, actor: Actor, change: Change, input: TableInput) {
  return changePlan(db, actor, change, async (tx) => {
    if (await labelTaken(tx, change.eventId, input.label)) throw new DomainError(`There is already a table called ${input.label}.`, "label");
    const [{ last }] = await tx.select({ last: max(eventTables.position) }).from(eventTables).where(eq(eventTables.eventId, change.eventId));
    const [table] = await tx
      .insert(eventTables)
      .values({ eventId: change.eventId, ...input, position: (last ?? 0) + 1 })
      .returning();
    return { audit: { action: "seating.table_added", entityType: "event_table", entityId: table.id, after: { label: table.label, seats: table.seats, shape: table.shape, isHead: table.isHead } }, result: { tableId: table.id } };
  });
}

export async function editTable(db: Db, actor: Actor, change: Change, tableId: string, input: TableInput) {
  return changePlan(db, actor, change, async (tx) => {
    const before = await tableOf(tx, change.eventId, tableId);
    if (await labelTaken(tx, change.eventId, input.label, tableId)) throw new DomainError(`There is already a table called ${input.label}.`, "label");
    const [beyond] = await tx
      .select({ seat: seatAssignments.seat })
      .from(seatAssignments)
      .where(and(eq(seatAssignments.tableId, tableId), sql`${seatAssignments.seat} > ${input.seats}`))
      .orderBy(sql`${seatAssignments.seat} desc`)
      .limit(1);
    if (beyond) throw new DomainError(`Seat ${beyond.seat} of ${before.label} is taken: move that guest before removing seats.`, "seats");
    await tx.update(eventTables).set(input).where(eq(eventTables.id, tableId));
    return {
      audit: { action: "seating.table_changed", entityType: "event_table", entityId: tableId, before: { label: before.label, seats: before.seats, shape: before.shape, isHead: before.isHead }, after: { ...input } },
      result: {},
    };
  });
}

/** Removes a table; its guests go back to the unseated. */
export async function removeTable(db: Db, actor: Actor, change: Change, tableId: string) {
  return changePlan(db, actor, change, async (tx) => {
    const table = await tableOf(tx, change.eventId, tableId);
    const freed = await tx.delete(seatAssignments).where(eq(seatAssignments.tableId, tableId)).returning({ id: seatAssignments.id });
    await tx.delete(eventTables).where(eq(eventTables.id, tableId));
    return { audit: { action: "seating.table_removed", entityType: "event_table", entityId: tableId, before: { label: table.label, seats: table.seats }, after: { unseated: freed.length } }, result: { unseated: freed.length } };
  });
}

async function acceptedGuest(tx: Db, eventId: string, invitationId: string, companion: number) {
  const [guest] = await tx
    .select({ id: invitations.id, status: invitations.status, plusOnes: invitations.plusOnes })
    .from(invitations)
    .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId)));
  if (!guest) throw new DomainError("That guest is not on this event's list.");
  if (guest.status !== "accepted") throw new DomainError("Only guests who accepted can be seated.");
  if (companion > guest.plusOnes) throw new DomainError("That plus-one is no longer coming.");
  return guest;
}

/**
 * Puts a guest (or their plus-one) in a seat. Whoever sat there takes the
 * guest's old seat, or goes back to the unseated when the guest had none.
 */
export async function assignSeat(db: Db, actor: Actor, change: Change, to: { invitationId: string; companion: number; tableId: string; seat: number }) {
  return changePlan<{ swappedWith: string | null }>(db, actor, change, async (tx) => {
    await acceptedGuest(tx, change.eventId, to.invitationId, to.companion);
    const table = await tableOf(tx, change.eventId, to.tableId);
    if (to.seat > table.seats) throw new DomainError(`${table.label} has ${table.seats} seats.`, "seat");
    const [from] = await tx.select().from(seatAssignments).where(and(eq(seatAssignments.invitationId, to.invitationId), eq(seatAssignments.companion, to.companion)));
    const [occupant] = await tx.select().from(seatAssignments).where(and(eq(seatAssignments.tableId, to.tableId), eq(seatAssignments.seat, to.seat)));
    if (from && occupant && from.id === occupant.id) return { audit: { action: "seating.seat_assigned", entityType: "invitation", entityId: to.invitationId, after: { table: table.label, seat: to.seat } }, result: { swappedWith: null } };
    const ids = [from?.id, occupant?.id].filter((x): x is string => Boolean(x));
    if (ids.length) await tx.delete(seatAssignments).where(inArray(seatAssignments.id, ids));
    await tx.insert(seatAssignments).values({ eventId: change.eventId, tableId: to.tableId, seat: to.seat, invitationId: to.invitationId, companion: to.companion });
    if (occupant && from) await tx.insert(seatAssignments).values({ eventId: change.eventId, tableId: from.tableId, seat: from.seat, invitationId: occupant.invitationId, companion: occupant.companion });
    return {
      audit: {
        action: "seating.seat_assigned",
        entityType: "invitation",
        entityId: to.invitationId,
        before: from ? { tableId: from.tableId, seat: from.seat } : { seat: null },
        after: { table: table.label, seat: to.seat, companion: to.companion, ...(occupant ? { displaced: occupant.invitationId, displacedTo: from ? "swapped" : "unseated" } : {}) },
      },
      result: { swappedWith: occupant?.invitationId ?? null },
    };
  });
}

export async function unseat(db: Db, actor: Actor, change: Change, who: { invitationId: string; companion: number }) {
  return changePlan(db, actor, change, async (tx) => {
    const gone = await tx
      .delete(seatAssignments)
      .where(and(eq(seatAssignments.eventId, change.eventId), eq(seatAssignments.invitationId, who.invitationId), eq(seatAssignments.companion, who.companion)))
      .returning();
    if (!gone.length) throw new DomainError("That guest has no seat.");
    return { audit: { action: "seating.unseated", entityType: "invitation", entityId: who.invitationId, before: { tableId: gone[0].tableId, seat: gone[0].seat } }, result: {} };
  });
}

/** "Seat by protocol": the whole plan again from the accepted guests and the tables (lib/seating/plan.ts). */
export async function seatByProtocol(db: Db, actor: Actor, change: Change): Promise<PlanResult & { version: number }> {
  return changePlan(db, actor, change, async (tx) => {
    const tables = await tx.select().from(eventTables).where(eq(eventTables.eventId, change.eventId));
    if (!tables.length) throw new DomainError("Add a table first: there is nowhere to seat anyone yet.");
    const guests = await loadPlanGuests(tx, change.eventId);
    const plan = planBy(tables, guests);
    await tx.delete(seatAssignments).where(eq(seatAssignments.eventId, change.eventId));
    // In slices: one statement's parameters stay well under PostgreSQL's limit at any size.
    for (let i = 0; i < plan.placements.length; i += 1000) {
      await tx.insert(seatAssignments).values(plan.placements.slice(i, i + 1000).map((p) => ({ ...p, eventId: change.eventId })));
    }
    return {
      audit: { action: "seating.seated_by_protocol", entityType: "event", entityId: change.eventId, after: { seated: plan.placements.length, unseated: plan.unseated.length, explanations: plan.explanations } },
      result: plan,
    };
  });
}

export async function setSeatingRole(db: Db, actor: Actor, change: Change, invitationId: string, role: SeatingRole | null) {
  return changePlan(db, actor, change, async (tx) => {
    const [guest] = await tx
      .update(invitations)
      .set({ seatingRole: role, updatedAt: new Date() })
      .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, change.eventId)))
      .returning({ id: invitations.id });
    if (!guest) throw new DomainError("That guest is not on this event's list.");
    return { audit: { action: "seating.role_set", entityType: "invitation", entityId: invitationId, after: { role } }, result: {} };
  });
}

async function writeOrder(tx: Db, eventId: string, places: Map<string, number>) {
  for (const [id, place] of places) await tx.update(invitations).set({ precedenceOverride: place }).where(and(eq(invitations.id, id), eq(invitations.eventId, eventId)));
}

/** Staff's own order for the event: one guest moved to `place` (1 first); everyone accepted is numbered. */
export async function moveInPrecedence(db: Db, actor: Actor, change: Change, invitationId: string, place: number) {
  return changePlan(db, actor, change, async (tx) => {
    const ordered = byPrecedence(await loadPlanGuests(tx, change.eventId)).map((g) => g.id);
    if (!ordered.includes(invitationId)) throw new DomainError("Only guests who accepted have a place in the order.");
    await writeOrder(tx, change.eventId, moveInOrder(ordered, invitationId, place - 1));
    return { audit: { action: "seating.order_changed", entityType: "invitation", entityId: invitationId, after: { place: Math.min(place, ordered.length) } }, result: {} };
  });
}

/** Staff's own order for the event, given whole (dragging a guest in the list). Guests it leaves out keep their place by precedence. */
export async function reorderPrecedence(db: Db, actor: Actor, change: Change, order: string[]) {
  return changePlan(db, actor, change, async (tx) => {
    const accepted = new Set((await loadPlanGuests(tx, change.eventId)).map((g) => g.id));
    const known = order.filter((id) => accepted.has(id));
    if (!known.length) throw new DomainError("The order could not be read. Reload the page and try again.");
    await writeOrder(tx, change.eventId, new Map(known.map((id, i) => [id, i + 1])));
    return { audit: { action: "seating.order_changed", entityType: "event", entityId: change.eventId, after: { guests: known.length } }, result: {} };
  });
}

/** Back to precedence alone: staff's own order for the event is forgotten. */
export async function resetPrecedence(db: Db, actor: Actor, change: Change) {
  return changePlan(db, actor, change, async (tx) => {
    await tx.update(invitations).set({ precedenceOverride: null }).where(eq(invitations.eventId, change.eventId));
    return { audit: { action: "seating.order_reset", entityType: "event", entityId: change.eventId }, result: {} };
  });
}

/** The switches: a plan for this event, and telling guests their table. Not part of the plan's version. */
export async function updateSeatingSettings(db: Db, actor: Actor, eventId: string, input: { seatingEnabled: boolean; tellGuestsTheirTable: boolean }) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select({ seatingEnabled: events.seatingEnabled, tellGuestsTheirTable: events.tellGuestsTheirTable }).from(events).where(eq(events.id, eventId)).for("update");
    if (!before) throw new DomainError("This event no longer exists.");
    await tx.update(events).set(input).where(eq(events.id, eventId));
    await recordAudit(tx, actor, { action: "seating.settings_changed", entityType: "event", entityId: eventId, eventId, before, after: input });
    // The reminders not yet sent gain (or lose) the line with the guest's table.
    if (before.tellGuestsTheirTable !== input.tellGuestsTheirTable) {
      const event = await lockEvent(tx, eventId);
      if (reminderTime(event)) await scheduleReminders(tx, event);
    }
  });
}
