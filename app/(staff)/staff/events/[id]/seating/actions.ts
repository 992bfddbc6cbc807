"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/errors";
import {
  addTable,
  assignSeat,
  editTable,
  moveInPrecedence,
  removeTable,
  reorderPrecedence,
  resetPrecedence,
  seatByProtocol,
  setSeatingRole,
  STALE_PLAN,
  unseat,
  updateSeatingSettings,
} from "@/lib/seating/mutations";
import {
  addTableSchema,
  assignSeatSchema,
  editTableSchema,
  movePrecedenceSchema,
  planChange,
  removeTableSchema,
  reorderSchema,
  seatingRoleSchema,
  seatingSettingsSchema,
  unseatSchema,
} from "@/lib/seating/schema";
import { staffAction } from "@/lib/safe-action";

// The table plan's actions: editors only, each one mutation that carries the
// plan version the person saw. A refusal for a stale version still refreshes
// the page, so the person sees the plan as it is now.

const planPath = (eventId: string) => `/staff/events/${eventId}/seating`;

async function refreshing<T>(eventId: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof DomainError && e.message === STALE_PLAN) revalidatePath(planPath(eventId));
    throw e;
  }
}

export const seatByProtocolAction = staffAction("editor", planChange, async ({ eventId, version }, { db, actor }) => {
  const plan = await refreshing(eventId, () => seatByProtocol(db, actor, { eventId, version }));
  revalidatePath(planPath(eventId));
  return { ok: true, message: `Seated ${plan.placements.length} ${plan.placements.length === 1 ? "place" : "places"} by protocol.` };
});

export const assignSeatAction = staffAction("editor", assignSeatSchema, async ({ eventId, version, ...to }, { db, actor }) => {
  await refreshing(eventId, () => assignSeat(db, actor, { eventId, version }, to));
  revalidatePath(planPath(eventId));
  return { ok: true, message: "Seat saved." };
});

export const unseatAction = staffAction("editor", unseatSchema, async ({ eventId, version, ...who }, { db, actor }) => {
  await refreshing(eventId, () => unseat(db, actor, { eventId, version }, who));
  revalidatePath(planPath(eventId));
  return { ok: true, message: "Back among the unseated." };
});

export const addTableAction = staffAction("editor", addTableSchema, async ({ eventId, version, ...table }, { db, actor }) => {
  await refreshing(eventId, () => addTable(db, actor, { eventId, version }, table));
  revalidatePath(planPath(eventId));
  return { ok: true, message: `Table ${table.label} added.` };
});

export const editTableAction = staffAction("editor", editTableSchema, async ({ eventId, version, tableId, ...table }, { db, actor }) => {
  await refreshing(eventId, () => editTable(db, actor, { eventId, version }, tableId, table));
  revalidatePath(planPath(eventId));
  return { ok: true, message: "Table saved." };
});

export const removeTableAction = staffAction("editor", removeTableSchema, async ({ eventId, version, tableId }, { db, actor }) => {
  const { unseated } = await refreshing(eventId, () => removeTable(db, actor, { eventId, version }, tableId));
  revalidatePath(planPath(eventId));
  return { ok: true, message: unseated ? `Table removed; ${unseated} back among the unseated.` : "Table removed." };
});

export const seatingRoleAction = staffAction("editor", seatingRoleSchema, async ({ eventId, version, invitationId, role }, { db, actor }) => {
  await refreshing(eventId, () => setSeatingRole(db, actor, { eventId, version }, invitationId, role));
  revalidatePath(planPath(eventId));
  return { ok: true, message: "Saved." };
});

export const movePrecedenceAction = staffAction("editor", movePrecedenceSchema, async ({ eventId, version, invitationId, place }, { db, actor }) => {
  await refreshing(eventId, () => moveInPrecedence(db, actor, { eventId, version }, invitationId, place));
  revalidatePath(planPath(eventId));
  return { ok: true, message: "Order saved." };
});

export const reorderPrecedenceAction = staffAction("editor", reorderSchema, async ({ eventId, version, order }, { db, actor }) => {
  await refreshing(eventId, () => reorderPrecedence(db, actor, { eventId, version }, order));
  revalidatePath(planPath(eventId));
  return { ok: true, message: "Order saved." };
});

export const resetPrecedenceAction = staffAction("editor", planChange, async ({ eventId, version }, { db, actor }) => {
  await refreshing(eventId, () => resetPrecedence(db, actor, { eventId, version }));
  revalidatePath(planPath(eventId));
  return { ok: true, message: "Back to precedence alone." };
});

export const seatingSettingsAction = staffAction("editor", seatingSettingsSchema, async ({ eventId, ...input }, { db, actor }) => {
  await updateSeatingSettings(db, actor, eventId, input);
  revalidatePath(`/staff/events/${eventId}`, "layout");
  return { ok: true, message: "Saved." };
});
