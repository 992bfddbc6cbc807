import { describe, expect, it } from "vitest";
import { events, eventSpeakers, people, venues } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { listOpenConflicts } from "./conflict-queries";

const at = (day: number, h: number, m = 0) => new Date(Date.UTC(2027, 2, day, h, m));

describe("open clashes for the dashboard and the calendar", () => {
  const t = useTestDatabase();

  async function event(title: string, startsAt: Date, endsAt: Date, venueId: string | null, status: "scheduled" | "cancelled" = "scheduled") {
    const [row] = await t.db
      .insert(events)
      .values({ slug: title.toLowerCase().replace(/\W+/g, "-"), title, format: "roundtable", status, startsAt, endsAt, timeZone: "America/New_York", venueId })
      .returning();
    return row;
  }

  it("pairs events at one venue or with one speaker at overlapping times, each pair once, the earlier first", async () => {
    const [hall] = await t.db.insert(venues).values({ name: "Hall", city: "New York", timeZone: "America/New_York" }).returning();
    const [annex] = await t.db.insert(venues).values({ name: "Annex", city: "New York", timeZone: "America/New_York" }).returning();
    const [soreide] = await t.db.insert(people).values({ givenName: "Ine", familyName: "Søreide" }).returning();
    const forum = await event("Forum", at(9, 14), at(9, 16), hall.id);
    const dinner = await event("Dinner", at(9, 15), at(9, 18), hall.id);
    // Touching is no clash (half-open intervals); another venue is none either.
    await event("After", at(9, 18), at(9, 20), hall.id);
    const launch = await event("Launch", at(9, 15, 30), at(9, 17), annex.id);
    // Cancelled and past events clash with nobody.
    await event("Cancelled", at(9, 14), at(9, 16), hall.id, "cancelled");
    await event("Past", at(1, 14), at(1, 16), hall.id);
    await event("Past too", at(1, 15), at(1, 17), hall.id);
    // Søreide speaks at the forum (twice, in two roles) and at the launch.
    await t.db.insert(eventSpeakers).values([
      { eventId: forum.id, personId: soreide.id, role: "speaker", position: 0 },
      { eventId: forum.id, personId: soreide.id, role: "moderator", position: 1 },
      { eventId: launch.id, personId: soreide.id, role: "speaker", position: 0 },
    ]);

    const found = await listOpenConflicts(t.db, at(5, 0));
    expect(found).toEqual([
      { a: { id: forum.id, title: "Forum" }, b: { id: dinner.id, title: "Dinner" }, kind: "venue", personId: undefined },
      { a: { id: forum.id, title: "Forum" }, b: { id: launch.id, title: "Launch" }, kind: "speaker", personId: soreide.id },
    ]);
    expect(await listOpenConflicts(t.db, at(9, 19))).toEqual([]);
  });
});
