import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations, people } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { addGuests, importGuests, removeGuests } from "./mutations";
import { listGuests } from "./queries";
import { sendInvitations } from "./send";
import { makeEvent, makeGuests, staff } from "./test-fixtures";

describe("the guest list", () => {
  const t = useTestDatabase();

  it("adds people once, however often they are added", async () => {
    const event = await makeEvent(t.db);
    const [p] = await t.db.insert(people).values({ givenName: "Adam", familyName: "Lupel", email: "adam@example.org" }).returning();
    expect(await addGuests(t.db, staff, event.id, [p.id, p.id])).toEqual({ added: 1, alreadyListed: 0 });
    expect(await addGuests(t.db, staff, event.id, [p.id])).toEqual({ added: 0, alreadyListed: 1 });
    await expect(addGuests(t.db, staff, event.id, [crypto.randomUUID()])).rejects.toThrow(/no longer in the directory/);
  });

  it("deletes guests never invited and withdraws those invited", async () => {
    const event = await makeEvent(t.db);
    const [a, b] = await makeGuests(t.db, event.id, 2);
    await sendInvitations(t.db, staff, event.id, { invitationIds: [b.id] });
    expect(await removeGuests(t.db, staff, event.id, [a.id, b.id])).toEqual({ removed: 1, withdrawn: 1 });
    const rows = await t.db.select().from(invitations).where(eq(invitations.eventId, event.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: b.id, status: "cancelled", tokenHash: null });
    // Added again, a withdrawn guest is back on the list, to be invited anew.
    await addGuests(t.db, staff, event.id, [b.personId]);
    expect((await t.db.select().from(invitations).where(eq(invitations.id, b.id)))[0].status).toBe("not_sent");
  });

  it("ignores guests of another event", async () => {
    const event = await makeEvent(t.db);
    const other = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, other.id, 1);
    expect(await removeGuests(t.db, staff, event.id, [g.id])).toEqual({ removed: 0, withdrawn: 0 });
    expect((await t.db.select().from(invitations).where(eq(invitations.id, g.id)))[0].status).toBe("not_sent");
  });

  it("imports a CSV onto the list, matching people by email in any case and creating the rest", async () => {
    const event = await makeEvent(t.db);
    await t.db.insert(people).values({ givenName: "Ine", familyName: "Søreide", email: "ine@example.org", positionTitle: "Minister" });
    const csv = "Given name,Family name,Email,Title\nIne,Soreide,INE@example.org,Someone else\nTerje,Rød-Larsen,terje@example.org,President\n";
    const result = await importGuests(t.db, staff, event.id, csv);
    expect(result).toEqual({ ok: true, created: 1, added: 2, alreadyListed: 0 });
    const [ine] = await t.db.select().from(people).where(eq(people.email, "ine@example.org"));
    expect(ine).toMatchObject({ familyName: "Søreide", positionTitle: "Minister" });
    const { rows } = await listGuests(t.db, event.id, { q: "rød" });
    expect(rows.map((r) => r.familyName)).toEqual(["Rød-Larsen"]);
  });

  it("reports every bad row by line and writes nothing", async () => {
    const event = await makeEvent(t.db);
    const csv = "Given name,Family name,Email\nAdam,Lupel,adam.l@example.org\nNo,Email,\nBad,Address,not-an-email\n";
    const result = await importGuests(t.db, staff, event.id, csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([3, 4]);
    expect(result.errors[0].message).toMatch(/no email address/);
    expect(await t.db.select().from(invitations).where(eq(invitations.eventId, event.id))).toHaveLength(0);
    expect(await t.db.select().from(people).where(eq(people.email, "adam.l@example.org"))).toHaveLength(0);
  });

  it("filters by status and searches name, affiliation and email", async () => {
    const event = await makeEvent(t.db);
    await makeGuests(t.db, event.id, 3);
    await sendInvitations(t.db, staff, event.id);
    expect((await listGuests(t.db, event.id, { status: "invited" })).total).toBe(3);
    expect((await listGuests(t.db, event.id, { status: "accepted" })).total).toBe(0);
    expect((await listGuests(t.db, event.id, { q: "family0001" })).rows).toHaveLength(1);
    expect((await listGuests(t.db, event.id, { q: "100%_" })).rows).toHaveLength(0);
  });
});
