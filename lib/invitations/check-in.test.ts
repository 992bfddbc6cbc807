import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, people } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { invitations } from "@/db/schema";
import { addWalkIn, admitAnyway, checkIn, doorList, undoCheckIn } from "./check-in";
import { doorCounts } from "./door-counts";
import { doorStanding, expectedAtTheDoor } from "./door-standing";
import { admitReasonSchema } from "./schema";
import { guestCounts } from "./queries";
import { eventWithInvitedGuests, guestActor, makeEvent, makeGuests, staff } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };
const decline = { answer: "decline" as const, message: null };

describe("at the door", () => {
  const t = useTestDatabase();

  it("marks an arrival once however often it is tapped, undoes it, and counts walk-ins", async () => {
    const { event, guests: [a] } = await eventWithInvitedGuests(t.db, 2);
    await answerInvitation(t.db, event.id, a.id, { ...accept, plusOneName: null }, { actor: guestActor });
    const first = await checkIn(t.db, staff, event.id, a.id);
    const second = await checkIn(t.db, staff, event.id, a.id);
    expect(first.already).toBe(false);
    expect(second).toEqual({ checkedInAt: first.checkedInAt, already: true });
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, "invitation.checked_in")))).toHaveLength(1);
    await undoCheckIn(t.db, staff, event.id, a.id);
    expect((await guestCounts(t.db, event.id)).checkedIn).toBe(0);

    await addWalkIn(t.db, staff, event.id, { honorific: "Dr.", givenName: "Aminata", familyName: "Touré", positionTitle: null, affiliation: "Senegal", email: null });
    const door = await doorList(t.db, event.id);
    expect(doorCounts(door)).toEqual({ expected: 1, arrived: 1, walkIns: 1 });
    expect(door.find((g) => g.familyName === "Touré")).toMatchObject({ source: "walk_in", status: "accepted" });
    expect(Object.keys(door[0])).not.toContain("email");
    expect(Object.keys(door[0])).not.toContain("dietary");
  });

  it("orders the door's list by family name, or by precedence with staff's own order for the event", async () => {
    const { event, guests } = await eventWithInvitedGuests(t.db, 4);
    // Family0000 staff, Family0001 ambassador (credentials 2021), Family0002 minister, Family0003 ambassador (credentials 2019).
    const ranks = [
      { precedenceClass: "staff" as const, credentialsDate: null },
      { precedenceClass: "ambassador" as const, credentialsDate: "2021-03-01" },
      { precedenceClass: "minister" as const, credentialsDate: null },
      { precedenceClass: "ambassador" as const, credentialsDate: "2019-09-12" },
    ];
    for (const [i, g] of guests.entries()) await t.db.update(people).set(ranks[i]).where(eq(people.id, g.personId));
    const family = (list: { familyName: string }[]) => list.map((g) => g.familyName);
    expect(family(await doorList(t.db, event.id))).toEqual(["Family0000", "Family0001", "Family0002", "Family0003"]);
    expect(family(await doorList(t.db, event.id, "precedence"))).toEqual(["Family0002", "Family0003", "Family0001", "Family0000"]);
    // Staff put the later ambassador first for this event: the two ambassadors swap, the minister still leads.
    await t.db.update(invitations).set({ precedenceOverride: 1 }).where(eq(invitations.id, guests[1].id));
    await t.db.update(invitations).set({ precedenceOverride: 2 }).where(eq(invitations.id, guests[3].id));
    expect(family(await doorList(t.db, event.id, "precedence"))).toEqual(["Family0002", "Family0001", "Family0003", "Family0000"]);
  });

  it("refuses guests of another event", async () => {
    const event = await makeEvent(t.db);
    const other = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, other.id, 1);
    await expect(checkIn(t.db, staff, event.id, g.id)).rejects.toThrow(/not on this event's list/);
  });

  it("lets in only the expected in one tap; anyone else by “Admit anyway”, with the reason kept and in the history", async () => {
    const { event, guests: [declined, silent, withdrawn] } = await eventWithInvitedGuests(t.db, 3);
    await answerInvitation(t.db, event.id, declined.id, decline, { actor: guestActor });
    await t.db.update(invitations).set({ status: "cancelled" }).where(eq(invitations.id, withdrawn.id));

    // One tap is refused for each, in words naming what to do instead; nothing changes.
    await expect(checkIn(t.db, staff, event.id, declined.id)).rejects.toThrow(/declined: use “Admit anyway”/);
    await expect(checkIn(t.db, staff, event.id, silent.id)).rejects.toThrow(/has not answered/);
    await expect(checkIn(t.db, staff, event.id, withdrawn.id)).rejects.toThrow(/withdrawn/);
    await expect(admitAnyway(t.db, staff, event.id, declined.id, "   ")).rejects.toThrow(/Say why/);
    expect(doorCounts(await doorList(t.db, event.id)).arrived).toBe(0);

    // The withdrawn guest is still on the door's list, shown plainly.
    const door = await doorList(t.db, event.id);
    expect(door.map((g) => g.status).sort()).toEqual(["cancelled", "declined", "invited"]);
    expect(doorStanding(door.find((g) => g.id === declined.id)!, "UTC")).toMatch(/^Declined on \d{1,2} [A-Z][a-z]{2}$/);

    const first = await admitAnyway(t.db, staff, event.id, declined.id, "  The Ambassador's plans changed; the Director asked us to let him in. ");
    const again = await admitAnyway(t.db, staff, event.id, declined.id, "a second tap");
    expect(again).toEqual({ checkedInAt: first.checkedInAt, already: true });
    const [row] = await t.db.select().from(invitations).where(eq(invitations.id, declined.id));
    expect(row).toMatchObject({ status: "declined", checkInNote: "The Ambassador's plans changed; the Director asked us to let him in." });
    const history = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, declined.id), eq(auditLog.action, "invitation.admitted_anyway")));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ eventId: event.id, reason: "The Ambassador's plans changed; the Director asked us to let him in.", before: { status: "declined" } });
    expect(doorCounts(await doorList(t.db, event.id))).toMatchObject({ arrived: 1, expected: 0 });

    // Undone by mistake: the arrival and its reason go.
    await undoCheckIn(t.db, staff, event.id, declined.id);
    const [undone] = await t.db.select().from(invitations).where(eq(invitations.id, declined.id));
    expect(undone).toMatchObject({ checkedInAt: null, checkInNote: null });

    // The walk-in form is no way round it: someone listed but not expected is sent to "Admit anyway".
    const person = silent.person;
    await expect(addWalkIn(t.db, staff, event.id, { honorific: null, givenName: person.givenName, familyName: person.familyName, positionTitle: null, affiliation: null, email: person.email })).rejects.toThrow(/Admit anyway/);
  });

  it("a reason is required, and kept short", () => {
    expect(admitReasonSchema.safeParse({ reason: "" }).success).toBe(false);
    expect(admitReasonSchema.safeParse({ reason: "x".repeat(501) }).success).toBe(false);
    expect(admitReasonSchema.parse({ reason: "  Guest of the Director  " })).toEqual({ reason: "Guest of the Director" });
  });

  it("says plainly why a guest is not expected", () => {
    const at = new Date("2026-12-03T10:00:00Z");
    const g = { source: "invited", respondedAt: at, waitlistedAt: at };
    expect(doorStanding({ ...g, status: "accepted" }, "UTC")).toBe("Expected");
    expect(doorStanding({ ...g, status: "declined" }, "UTC")).toBe("Declined on 3 Dec");
    expect(doorStanding({ ...g, status: "waitlisted" }, "UTC")).toBe("On the waitlist since 3 Dec");
    expect(doorStanding({ ...g, status: "invited", respondedAt: null }, "UTC")).toBe("No answer");
    expect(doorStanding({ ...g, status: "cancelled" }, "UTC")).toBe("Invitation withdrawn");
    expect(doorStanding({ ...g, source: "walk_in", status: "accepted" }, "UTC")).toBe("Walk-in");
    expect(["accepted", "declined", "waitlisted", "invited", "cancelled", "delegate_pending"].filter(expectedAtTheDoor)).toEqual(["accepted"]);
  });
});
