import { describe, expect, it } from "vitest";
import { events, recaps } from "@/db/schema";
import type { Db } from "@/db/types";
import { useTestDatabase } from "@/lib/test/db";
import { insertTestEvent } from "@/lib/test/events";
import { listFeedEvents, listFeedRecaps } from "./queries";

const NOW = new Date("2026-06-01T12:00:00Z");

async function event(db: Db, title: string, daysFromNow: number, over: Partial<typeof events.$inferInsert> = {}) {
  const startsAt = new Date(NOW.getTime() + daysFromNow * 86_400_000);
  return insertTestEvent(db, startsAt, { title, format: "roundtable", endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: "UTC", ...over });
}

describe("what the feed carries", () => {
  const t = useTestDatabase();

  it("published recaps of listed events only, and upcoming open events only", async () => {
    const published = await event(t.db, "Published", -10);
    const byInvitation = await event(t.db, "By invitation, published", -11, { visibility: "invitation_only" });
    const draft = await event(t.db, "Draft recap", -12);
    const internal = await event(t.db, "Internal meeting", -13, { visibility: "internal" });
    const offRecord = await event(t.db, "Off the record", -14, { attribution: "off_record" });
    await t.db.insert(recaps).values([
      { eventId: published.id, status: "published", body: "Text.", publishedAt: NOW },
      { eventId: byInvitation.id, status: "published", body: "Text.", publishedAt: NOW },
      { eventId: draft.id, status: "draft", body: "Text." },
      { eventId: internal.id, status: "published", body: "Text.", publishedAt: NOW },
      { eventId: offRecord.id, status: "published", internalOnly: true, body: "Text.", publishedAt: NOW },
    ]);
    expect((await listFeedRecaps(t.db)).map((r) => r.eventTitle).sort()).toEqual(["By invitation, published", "Published"]);

    await event(t.db, "Open forum", 5);
    await event(t.db, "Dinner by invitation", 6, { visibility: "invitation_only" });
    await event(t.db, "Draft forum", 7, { status: "draft" });
    await event(t.db, "Cancelled forum", 8, { status: "cancelled" });
    expect((await listFeedEvents(t.db, NOW)).map((e) => e.title)).toEqual(["Open forum"]);
  });
});
