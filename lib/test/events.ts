import { randomUUID } from "node:crypto";
import { events } from "@/db/schema";
import type { Db } from "@/db/types";
import { eventFormSchema } from "@/lib/events/schema";

type EventInsert = typeof events.$inferInsert;

/**
 * An event row for a test: scheduled and public, in New York, two hours long
 * from `startsAt`, with a slug no other test uses; `over` sets anything else.
 */
export async function insertTestEvent(db: Db, startsAt: Date, over: Partial<EventInsert> = {}) {
  const [event] = await db
    .insert(events)
    .values({
      slug: `event-${randomUUID()}`,
      title: "An event",
      format: "policy_forum",
      status: "scheduled",
      visibility: "public",
      startsAt,
      endsAt: new Date(startsAt.getTime() + 2 * 3_600_000),
      timeZone: "America/New_York",
      ...over,
    })
    .returning();
  return event;
}

/** The event form as staff post it: scheduled, public and on the record unless the test says otherwise. */
export function postedEventForm(values: Record<string, unknown>) {
  return eventFormSchema.parse({ status: "scheduled", visibility: "public", attribution: "on_record", ...values });
}
