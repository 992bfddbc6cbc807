import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { invitations } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { getGuestOfEvent, listAcceptedForCatering, listChosenGuests, peopleOnGuestList } from "./queries";
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
});
