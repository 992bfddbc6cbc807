import { events, people } from "@/db/schema";
import type { Db } from "@/db/types";

let n = 0;

/** The least an event needs to hold speakers and invitations. */
export async function insertEvent(db: Db, title: string) {
  const startsAt = new Date(Date.UTC(2026, 0, 1 + ++n, 15));
  const [event] = await db
    .insert(events)
    .values({ slug: `people-test-${n}-${Date.now().toString(36)}`, title, format: "seminar", startsAt, endsAt: new Date(startsAt.getTime() + 2 * 3_600_000), timeZone: "America/New_York" })
    .returning();
  return event;
}

export async function insertPerson(db: Db, values: Partial<typeof people.$inferInsert> & { familyName: string }) {
  const [person] = await db.insert(people).values({ givenName: "Test", ...values }).returning();
  return person;
}
