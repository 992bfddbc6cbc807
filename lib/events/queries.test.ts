import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { events } from "@/db/schema";
import { seed } from "@/db/seed";
import { useTestDatabase } from "@/lib/test/db";
import { getPublicEvent, listPastPublicEvents, listRecentRecaps, listUpcomingPublicEvents } from "./queries";

const NOW = new Date("2026-11-28T12:00:00Z");

describe("public event reads", () => {
  const t = useTestDatabase();

  it("loads the demo data once, and only into an empty database", async () => {
    const first = await seed(t.db, { now: NOW });
    expect(first.skipped).toBe(false);
    expect(first.events).toBeGreaterThanOrEqual(8);
    expect(first.people).toBeGreaterThanOrEqual(40);
    expect((await seed(t.db, { now: NOW })).skipped).toBe(true);
  });

  it("lists upcoming public events soonest first, never drafts or internal ones", async () => {
    const upcoming = await listUpcomingPublicEvents(t.db, { now: NOW });
    expect(upcoming.length).toBeGreaterThan(3);
    const starts = upcoming.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const e of upcoming) {
      expect(e.status).toBe("scheduled");
      expect(e.visibility).not.toBe("internal");
      expect(e.endsAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime());
    }
    const past = await listPastPublicEvents(t.db, { now: NOW });
    expect(past.every((e) => e.endsAt < NOW)).toBe(true);
  });

  it("keeps co-hosts in the order staff set", async () => {
    const upcoming = await listUpcomingPublicEvents(t.db, { now: NOW });
    const sierraLeone = upcoming.find((e) => e.title.includes("Sierra Leone"));
    expect(sierraLeone?.cohosts).toEqual(["Government of Sierra Leone", "Catalyst for Peace"]);
  });

  it("answers null for draft, internal and unknown events", async () => {
    const [draft] = await t.db.select().from(events).where(eq(events.status, "draft"));
    const [internal] = await t.db.select().from(events).where(eq(events.visibility, "internal"));
    expect(draft).toBeDefined();
    expect(internal).toBeDefined();
    expect(await getPublicEvent(t.db, draft.slug)).toBeNull();
    expect(await getPublicEvent(t.db, internal.slug)).toBeNull();
    expect(await getPublicEvent(t.db, "no-such-event")).toBeNull();
  });

  it("gives an event's programme but nothing about its guests", async () => {
    const [symposium] = await t.db.select().from(events).where(eq(events.format, "symposium"));
    const event = await getPublicEvent(t.db, symposium.slug);
    expect(event?.speakers.length).toBeGreaterThan(5);
    expect(event).not.toHaveProperty("invitations");
    expect(JSON.stringify(event)).not.toMatch(/tokenHash|plusOneName|"dietary"|"email"|"notes"/);
  });

  it("lists only published recaps", async () => {
    const recaps = await listRecentRecaps(t.db);
    expect(recaps.map((r) => r.eventTitle).sort()).toEqual(["Afghan Women and an Inclusive, Enduring Peace", "Human Rights and the 2030 Agenda"]);
    const event = await getPublicEvent(t.db, recaps[0].slug);
    expect(event?.recap?.status).toBe("published");
  });
});
