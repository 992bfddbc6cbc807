import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { answerInvitation } from "./answer";
import { addWalkIn, checkIn, doorList, undoCheckIn } from "./check-in";
import { doorCounts } from "./door-counts";
import { guestCounts } from "./queries";
import { eventWithInvitedGuests, guestActor, makeEvent, makeGuests, staff } from "./test-fixtures";

const accept = { answer: "accept" as const, plusOneName: null, dietary: null, accessibility: null };

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

  it("refuses guests of another event", async () => {
    const event = await makeEvent(t.db);
    const other = await makeEvent(t.db);
    const [g] = await makeGuests(t.db, other.id, 1);
    await expect(checkIn(t.db, staff, event.id, g.id)).rejects.toThrow(/not on this event's list/);
  });
});
