import { asc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events, invitations } from "@/db/schema";
import { seatsTaken } from "@/lib/invitations/capacity";
import { seatsFor } from "@/lib/invitations/status";
import { listStrandedWaitlists } from "@/lib/invitations/stranded";
import { useTestDatabase } from "@/lib/test/db";
import { placedInOrder, seed } from "./seed";

describe("the demo's waitlists", () => {
  const t = useTestDatabase();

  it("places the demo's acceptances by the app's rules: nobody waits while the first in line fits a free seat", async () => {
    await seed(t.db);
    expect(await listStrandedWaitlists(t.db)).toEqual([]);
    // Past events too: the line was placed as the answers came in.
    for (const event of await t.db.select().from(events)) {
      const [first] = await t.db
        .select()
        .from(invitations)
        .where(eq(invitations.eventId, event.id))
        .orderBy(asc(invitations.waitlistedAt), asc(invitations.id))
        .then((rows) => rows.filter((r) => r.status === "waitlisted"));
      if (!first) continue;
      const free = event.capacity === null ? Infinity : event.capacity - (await seatsTaken(t.db, event.id));
      expect(free, `${event.title}: ${free} seats free while the first in line waits`).toBeLessThan(seatsFor(first.plusOneName));
    }
  });

  it("seats every guest who accepted the reception, and keeps a line only at the full ministers' dinner", async () => {
    const byTitle = async (title: string) => {
      const [event] = await t.db.select().from(events).where(eq(events.title, title));
      const rows = await t.db.select().from(invitations).where(eq(invitations.eventId, event.id));
      return { event, waiting: rows.filter((r) => r.status === "waitlisted").length, taken: await seatsTaken(t.db, event.id) };
    };
    const reception = await byTitle("Sigh of Relief Reception");
    expect(reception.waiting).toBe(0);
    const dinner = await byTitle("United Nations Peace Operations and Partnerships");
    expect(dinner.taken).toBe(dinner.event.capacity);
    expect(dinner.waiting).toBe(2);
  });
});

describe("placing acceptances in the order they came", () => {
  it("seats while the party fits and nobody waits, then keeps everyone after the first who waits in line", () => {
    const placed = placedInOrder({ capacity: 3 }, [
      { person: "maas", status: "waitlisted" },
      { person: "pierce", status: "accepted", plusOneName: "Mr. A" },
      { person: "favre", status: "accepted", plusOneName: "Mr. B" },
      { person: "amiri", status: "declined" },
      { person: "seraj", status: "accepted" },
    ]);
    expect(placed.map((g) => g.status)).toEqual(["accepted", "accepted", "waitlisted", "declined", "waitlisted"]);
  });

  it("refuses demo data that accepts a full event with no waitlist", () => {
    expect(() => placedInOrder({ capacity: 1, waitlistEnabled: false }, [{ person: "maas", status: "accepted" }, { person: "favre", status: "accepted" }])).toThrow(/full/);
  });
});
