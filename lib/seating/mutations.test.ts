import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, emailOutbox, invitations, seatAssignments } from "@/db/schema";
import { renderStoredEmail } from "@/lib/email/templates";
import { storedProps } from "@/lib/email/sealed-links";
import { getInstitute } from "@/lib/settings/queries";
import { staff } from "@/lib/invitations/test-fixtures";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { addTable, assignSeat, editTable, moveInPrecedence, removeTable, seatByProtocol, setSeatingRole, STALE_PLAN, unseat } from "./mutations";
import { getSeatingPlan, guestTable, tableToTell } from "./queries";
import { dinnerWith, planVersion } from "./test-fixtures";

const round = (label: string, seats: number, isHead = false) => ({ label, seats, isHead, shape: "round" as const });

describe("the table plan", () => {
  const t = useTestDatabase();

  it("seats by protocol, and the page reads the plan, the explanations and the order back", async () => {
    const { event, byName } = await dinnerWith(t.db, [
      { name: "Ana Host", seatingRole: "host", precedenceClass: "staff" },
      { name: "Olu Honour", seatingRole: "guest_of_honour", precedenceClass: "minister" },
      { name: "Mia Minister", precedenceClass: "minister" },
      { name: "Ben Ambassador", precedenceClass: "ambassador", credentialsDate: "2015-05-01", plusOnes: 1 },
      { name: "Cy Scholar", precedenceClass: "academic_or_civil_society" },
      { name: "Di Declined", precedenceClass: "minister", status: "declined" },
    ]);
    let v = (await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("Head table", 4, true))).version;
    v = (await addTable(t.db, staff, { eventId: event.id, version: v }, round("2", 4))).version;
    const plan = await seatByProtocol(t.db, staff, { eventId: event.id, version: v });
    expect(plan.unseated).toEqual([]);
    const view = (await getSeatingPlan(t.db, event.id))!;
    expect(view.version).toBe(3);
    const head = view.tables[0];
    expect(head.places.map((p) => p.occupant?.name ?? null)).toEqual(["Ana Host", "Mia Minister", "Cy Scholar", "Olu Honour"]);
    // No two seats side by side were left at the head table for the ambassador and his plus-one: both at table 2.
    expect(view.tables[1].places.map((p) => p.occupant?.name ?? null)).toEqual(["Ben Ambassador", "Guest of Ben Ambassador", null, null]);
    expect(view.unseated).toEqual([]);
    expect(view.lastProtocol?.explanations).toContain("Host Ana Host in seat 1 of Head table.");
    expect(view.order.map((g) => g.name)).toEqual(["Olu Honour", "Mia Minister", "Ben Ambassador", "Cy Scholar", "Ana Host"]);
    expect(view.order.find((g) => g.name === "Di Declined")).toBeUndefined();
    expect(byName("Di Declined")).toBeDefined();
  });

  it("moves a guest to a taken seat by swapping, and to a free one", async () => {
    const { event, byName } = await dinnerWith(t.db, [{ name: "Ann One" }, { name: "Bo Two" }, { name: "Cleo Three" }]);
    const { tableId, version } = await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("1", 4));
    let v = (await assignSeat(t.db, staff, { eventId: event.id, version }, { invitationId: byName("Ann One").id, companion: 0, tableId, seat: 1 })).version;
    v = (await assignSeat(t.db, staff, { eventId: event.id, version: v }, { invitationId: byName("Bo Two").id, companion: 0, tableId, seat: 2 })).version;
    const swapped = await assignSeat(t.db, staff, { eventId: event.id, version: v }, { invitationId: byName("Ann One").id, companion: 0, tableId, seat: 2 });
    expect(swapped.swappedWith).toBe(byName("Bo Two").id);
    let view = (await getSeatingPlan(t.db, event.id))!;
    expect(view.tables[0].places.slice(0, 2).map((p) => p.occupant?.name)).toEqual(["Bo Two", "Ann One"]);
    // A guest with no seat taking a taken seat sends its occupant back to the unseated.
    await assignSeat(t.db, staff, { eventId: event.id, version: swapped.version }, { invitationId: byName("Cleo Three").id, companion: 0, tableId, seat: 1 });
    view = (await getSeatingPlan(t.db, event.id))!;
    expect(view.tables[0].places[0].occupant?.name).toBe("Cleo Three");
    expect(view.unseated.map((u) => u.name)).toEqual(["Bo Two"]);
    await unseat(t.db, staff, { eventId: event.id, version: view.version }, { invitationId: byName("Cleo Three").id, companion: 0 });
    expect((await getSeatingPlan(t.db, event.id))!.unseated.map((u) => u.name).sort()).toEqual(["Bo Two", "Cleo Three"]);
  });

  it("refuses what cannot be: a guest who did not accept, a seat past the table's end, a duplicate name, fewer seats than are taken", async () => {
    const { event, byName } = await dinnerWith(t.db, [{ name: "Ann One" }, { name: "No Answer", status: "invited" }]);
    const { tableId, version } = await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("Head", 3, true));
    const c = { eventId: event.id, version };
    await expect(assignSeat(t.db, staff, c, { invitationId: byName("No Answer").id, companion: 0, tableId, seat: 1 })).rejects.toThrow("Only guests who accepted can be seated.");
    await expect(assignSeat(t.db, staff, c, { invitationId: byName("Ann One").id, companion: 0, tableId, seat: 4 })).rejects.toThrow("Head has 3 seats.");
    await expect(assignSeat(t.db, staff, c, { invitationId: byName("Ann One").id, companion: 1, tableId, seat: 1 })).rejects.toThrow("That plus-one is no longer coming.");
    await expect(addTable(t.db, staff, c, round("head", 4))).rejects.toThrow("There is already a table called head.");
    const v = (await assignSeat(t.db, staff, c, { invitationId: byName("Ann One").id, companion: 0, tableId, seat: 3 })).version;
    await expect(editTable(t.db, staff, { eventId: event.id, version: v }, tableId, round("Head", 2, true))).rejects.toThrow("Seat 3 of Head is taken");
    // Nothing half-written: the refusals left the version where it was.
    expect(await planVersion(t.db, event.id)).toBe(v);
    const removed = await removeTable(t.db, staff, { eventId: event.id, version: v }, tableId);
    expect(removed.unseated).toBe(1);
  });

  it("warns about a guest who declined after being seated, and frees the seat at the next change", async () => {
    const { event, byName } = await dinnerWith(t.db, [{ name: "Amb Lindqvist", precedenceClass: "ambassador" }, { name: "Bo Two" }]);
    const { tableId, version } = await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("3", 4));
    const v = (await seatByProtocol(t.db, staff, { eventId: event.id, version })).version;
    await t.db.update(invitations).set({ status: "declined", respondedAt: new Date("2026-11-02T10:00:00Z") }).where(eq(invitations.id, byName("Amb Lindqvist").id));
    const view = (await getSeatingPlan(t.db, event.id))!;
    expect(view.departed).toEqual([expect.objectContaining({ name: "Amb Lindqvist", status: "declined", tableLabel: "Table 3", seat: 1, plusOne: false })]);
    expect(view.tables[0].places[0].occupant).toBeNull();
    await assignSeat(t.db, staff, { eventId: event.id, version: v }, { invitationId: byName("Bo Two").id, companion: 0, tableId, seat: 1 });
    expect((await getSeatingPlan(t.db, event.id))!.departed).toEqual([]);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.eventId, event.id), eq(auditLog.action, "seating.seat_assigned")));
    expect(entry.after).toMatchObject({ departed: 1 });
  });

  it("shows a late acceptance among the unseated", async () => {
    const { event, byName } = await dinnerWith(t.db, [{ name: "Ann One" }, { name: "Late Comer", status: "invited" }]);
    const { version } = await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("1", 4));
    await seatByProtocol(t.db, staff, { eventId: event.id, version });
    await t.db.update(invitations).set({ status: "accepted" }).where(eq(invitations.id, byName("Late Comer").id));
    expect((await getSeatingPlan(t.db, event.id))!.unseated.map((u) => u.name)).toEqual(["Late Comer"]);
  });

  it("sets host and guest of honour, and staff's own order, as plan changes", async () => {
    const { event, byName } = await dinnerWith(t.db, [{ name: "Ann One", precedenceClass: "minister" }, { name: "Bo Two", precedenceClass: "ambassador" }]);
    let v = (await setSeatingRole(t.db, staff, { eventId: event.id, version: 0 }, byName("Bo Two").id, "guest_of_honour")).version;
    v = (await moveInPrecedence(t.db, staff, { eventId: event.id, version: v }, byName("Bo Two").id, 1)).version;
    const view = (await getSeatingPlan(t.db, event.id))!;
    expect(view.order.map((g) => [g.name, g.seatingRole, g.reason])).toEqual([
      ["Bo Two", "guest_of_honour", null],
      ["Ann One", null, "Staff's order for this event"],
    ]);
    expect(v).toBe(2);
  });

  it("tells a guest their table only when staff chose to", async () => {
    const { event, byName } = await dinnerWith(t.db, [{ name: "Ann One" }]);
    const { version } = await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("5", 4));
    await seatByProtocol(t.db, staff, { eventId: event.id, version });
    expect(await guestTable(t.db, byName("Ann One").id)).toBeNull();
    const { updateSeatingSettings } = await import("./mutations");
    await updateSeatingSettings(t.db, staff, event.id, { seatingEnabled: true, tellGuestsTheirTable: true });
    expect(await guestTable(t.db, byName("Ann One").id)).toEqual({ tableLabel: "5", seat: 1 });
    // The guest's page asks only where there is a table to tell: a seated guest, at an event that tells.
    const ann = { id: byName("Ann One").id, status: "accepted", event: { tellGuestsTheirTable: true, seatingEnabled: true, format: "dinner" } };
    expect(await tableToTell(t.db, ann)).toEqual({ tableLabel: "5", seat: 1 });
    expect(await tableToTell(t.db, { ...ann, status: "declined" })).toBeNull();
    expect(await tableToTell(t.db, { ...ann, event: { ...ann.event, tellGuestsTheirTable: false } })).toBeNull();
    // The reminder not yet sent is queued again, in the same change, with the line about the table.
    const reminders = await t.db.select().from(emailOutbox).where(and(eq(emailOutbox.invitationId, byName("Ann One").id), eq(emailOutbox.template, "reminder"), eq(emailOutbox.status, "pending")));
    expect(reminders).toHaveLength(1);
    const rendered = await renderStoredEmail("reminder", await storedProps(t.db, reminders[0]), await getInstitute(t.db));
    expect(rendered.text).toContain("Your table: 5");
  });

  it("refuses an edit made against an older plan, and keeps the other person's move", async () => {
    const { event, byName } = await dinnerWith(t.db, [{ name: "Ann One" }, { name: "Bo Two" }]);
    const { tableId, version } = await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("1", 4));
    await assignSeat(t.db, staff, { eventId: event.id, version }, { invitationId: byName("Ann One").id, companion: 0, tableId, seat: 1 });
    await expect(assignSeat(t.db, staff, { eventId: event.id, version }, { invitationId: byName("Bo Two").id, companion: 0, tableId, seat: 1 })).rejects.toThrow(STALE_PLAN);
    const rows = await t.db.select().from(seatAssignments).where(eq(seatAssignments.eventId, event.id));
    expect(rows.map((r) => [r.invitationId, r.seat])).toEqual([[byName("Ann One").id, 1]]);
  });

  // Two people editing the same plan at the same moment, each from the version they saw:
  // on PostgreSQL the two transactions really overlap, and only the event row lock orders them.
  it.skipIf(!isPostgres())("two concurrent edits from the same version: one is saved, the other refused in words, and no move is lost (20 runs)", async () => {
    const outcomes: string[] = [];
    for (let run = 0; run < 20; run++) {
      const { event, byName } = await dinnerWith(t.db, [{ name: "Ann One" }, { name: "Bo Two" }]);
      const { tableId, version } = await addTable(t.db, staff, { eventId: event.id, version: 0 }, round("1", 4));
      const results = await Promise.allSettled([
        assignSeat(t.db, staff, { eventId: event.id, version }, { invitationId: byName("Ann One").id, companion: 0, tableId, seat: 1 }),
        assignSeat(t.db, staff, { eventId: event.id, version }, { invitationId: byName("Bo Two").id, companion: 0, tableId, seat: 2 }),
      ]);
      const saved = results.filter((r) => r.status === "fulfilled");
      const refused = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(saved).toHaveLength(1);
      expect(refused.map((r) => (r.reason as Error).message)).toEqual([STALE_PLAN]);
      // The refused person sees the plan as it is now, and makes their move again.
      const now = (await getSeatingPlan(t.db, event.id))!;
      expect(now.version).toBe(version + 1);
      const loser = results[0].status === "rejected" ? { id: byName("Ann One").id, seat: 1 } : { id: byName("Bo Two").id, seat: 2 };
      await assignSeat(t.db, staff, { eventId: event.id, version: now.version }, { invitationId: loser.id, companion: 0, tableId, seat: loser.seat });
      const after = (await getSeatingPlan(t.db, event.id))!;
      expect(after.tables[0].places.slice(0, 2).map((p) => p.occupant?.name)).toEqual(["Ann One", "Bo Two"]);
      outcomes.push(`${saved.length}/${refused.length}`);
    }
    expect(outcomes).toEqual(Array(20).fill("1/1"));
  });
});

describe("the table plan in the event's history", () => {
  it("reads in words", async () => {
    const { describeAction } = await import("@/lib/audit/describe");
    expect(describeAction("seating.seated_by_protocol")).toBe("seated the guests by protocol");
    expect(describeAction("seating.seat_assigned")).toBe("changed a seat in the table plan");
  });
});
