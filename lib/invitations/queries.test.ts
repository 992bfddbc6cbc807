import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { getGuestOfEvent, guestCounts, listAcceptedForCatering, listChosenGuests, peopleOnGuestList } from "./queries";
import { makeEvent, makeGuests } from "./test-fixtures";

describe("staff reads of one event's guests", () => {
  const t = useTestDatabase();

  it("finds a guest only through their own event", async () => {
    const db = t.db;
    const event = await makeEvent(db);
    const other = await makeEvent(db);
    const [guest] = await makeGuests(db, event.id, 1);
    expect((await getGuestOfEvent(db, event.id, guest.id))?.person.id).toBe(guest.personId);
    expect(await getGuestOfEvent(db, other.id, guest.id)).toBeNull();
  });

  it("drops chosen ids of another event and orders by family name", async () => {
    const db = t.db;
    const event = await makeEvent(db);
    const other = await makeEvent(db);
    const guests = await makeGuests(db, event.id, 3);
    const [stranger] = await makeGuests(db, other.id, 1);
    const chosen = await listChosenGuests(db, event.id, [guests[2].id, stranger.id, guests[0].id]);
    expect(chosen.map((g) => g.id)).toEqual([guests[0].id, guests[2].id]);
    expect(await listChosenGuests(db, event.id, [])).toEqual([]);
  });

  it("counts a cancelled invitation as off the list", async () => {
    const db = t.db;
    const event = await makeEvent(db);
    const guests = await makeGuests(db, event.id, 2);
    await db.update(invitations).set({ status: "cancelled" }).where(eq(invitations.id, guests[1].id));
    const onList = await peopleOnGuestList(db, event.id, [guests[0].personId, guests[1].personId]);
    expect([...onList]).toEqual([guests[0].personId]);
    expect((await peopleOnGuestList(db, event.id, [])).size).toBe(0);
  });

  it("gives the caterer accepted guests only", async () => {
    const db = t.db;
    const event = await makeEvent(db);
    const guests = await makeGuests(db, event.id, 2);
    await db.update(invitations).set({ status: "accepted", dietary: "vegetarian" }).where(eq(invitations.id, guests[0].id));
    const accepted = await listAcceptedForCatering(db, event.id);
    expect(accepted).toEqual([{ honorific: "Ms.", givenName: "Guest0", familyName: "Family0000", dietary: "vegetarian", plusOneName: null }]);
  });

  it("counts the list's numbers from sums per status: seats with plus-ones, arrivals whatever the status, cancelled off the total", async () => {
    const db = t.db;
    const event = await makeEvent(db);
    const g = await makeGuests(db, event.id, 9);
    const set = (i: number, values: Partial<typeof invitations.$inferInsert>) => db.update(invitations).set(values).where(eq(invitations.id, g[i].id));
    await set(0, { status: "accepted", plusOnes: 1, checkedInAt: new Date() });
    await set(1, { status: "accepted" });
    await set(2, { status: "declined" });
    await set(3, { status: "waitlisted" });
    await set(4, { status: "invited" });
    await set(5, { status: "delegate_pending" });
    await set(6, { status: "cancelled", checkedInAt: new Date() });
    await set(7, { status: "invited" });
    // g[8] stays not sent.
    expect(await guestCounts(db, event.id)).toEqual({
      total: 8,
      notSent: 1,
      invited: 7,
      accepted: 2,
      seats: 4,
      declined: 1,
      waitlisted: 1,
      noAnswer: 2,
      delegatePending: 1,
      checkedIn: 2,
    });
  });
});
