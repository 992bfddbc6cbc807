import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { eventCohosts, events, eventSpeakers, invitations, organizations, people, recaps } from "@/db/schema";
import { seed } from "@/db/seed/seed";
import type { Db } from "@/db/types";
import { useTestDatabase } from "@/lib/test/db";
import { insertTestEvent } from "@/lib/test/events";
import { getPublicEvent, listPastPublicEvents, listRecentRecaps, listUpcomingPublicEvents } from "./queries";

const NOW = new Date("2026-11-28T12:00:00Z");
const DAY = 86_400_000;

describe("the demo data", () => {
  const t = useTestDatabase();

  it("loads the demo data once, and only into an empty database", async () => {
    const first = await seed(t.db, { now: NOW });
    expect(first.skipped).toBe(false);
    expect(first.events).toBeGreaterThanOrEqual(8);
    expect(first.people).toBeGreaterThanOrEqual(40);
    expect((await seed(t.db, { now: NOW })).skipped).toBe(true);
  });
});

type EventRow = typeof events.$inferSelect;

/** An event `days` from NOW (negative: in the past), public and scheduled unless told otherwise. */
async function event(db: Db, title: string, days: number, over: Partial<typeof events.$inferInsert> = {}): Promise<EventRow> {
  const startsAt = new Date(NOW.getTime() + days * DAY);
  return insertTestEvent(db, startsAt, {
    slug: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${randomUUID().slice(0, 8)}`,
    title,
    endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
    ...over,
  });
}

/**
 * The rows each read below is about, made here (not borrowed from the demo
 * data or from another test): what the public may see next to what it may not.
 */
async function makeRows(db: Db) {
  // Inserted out of date order, so the order checked is the query's.
  const upcoming = [
    await event(db, "Sierra Leone: Peacebuilding after the Mission", 9),
    await event(db, "Cyber Norms at the United Nations", 2, { format: "briefing" }),
    await event(db, "Climate and Security in the Sahel", 30, { visibility: "invitation_only" }),
    await event(db, "Mediation in Practice", 5, { format: "seminar" }),
    // Began before NOW and is still on: upcoming, not past.
    await event(db, "A Week on Small Arms", -1, { endsAt: new Date(NOW.getTime() + 2 * DAY) }),
  ];
  const hidden = {
    draft: await event(db, "A Draft Not Yet Announced", 4, { status: "draft" }),
    internal: await event(db, "Staff Retreat", 6, { visibility: "internal" }),
    cancelled: await event(db, "A Cancelled Launch", 8, { status: "cancelled", format: "launch" }),
  };
  const past = {
    symposium: await event(db, "Human Rights and Sustainable Development", -60, { format: "symposium" }),
    roundtable: await event(db, "Women, Peace and Security", -20, { format: "roundtable" }),
    offRecord: await event(db, "An Off-the-Record Dinner", -10, { format: "dinner", attribution: "off_record" }),
    internal: await event(db, "An Internal Review", -30, { visibility: "internal" }),
    quiet: await event(db, "A Workshop Without a Recap", -40, { format: "workshop" }),
  };

  // Co-hosts in the order staff set, which is not the order they were added in.
  const [catalyst, government] = await db
    .insert(organizations)
    .values([{ name: `Catalyst for Peace ${randomUUID().slice(0, 4)}` }, { name: `Government of Sierra Leone ${randomUUID().slice(0, 4)}` }])
    .returning();
  await db.insert(eventCohosts).values([
    { eventId: upcoming[0].id, organizationId: catalyst.id, position: 1 },
    { eventId: upcoming[0].id, organizationId: government.id, position: 0 },
  ]);

  // Speakers and guests, whose private details the public never sees.
  const tag = randomUUID().slice(0, 8);
  const folks = await db
    .insert(people)
    .values(
      Array.from({ length: 9 }, (_, i) => ({
        honorific: "H.E.",
        givenName: `Person${i}`,
        familyName: `Example${i}`,
        positionTitle: "Ambassador",
        affiliation: "Permanent Mission",
        email: `person${i}.${tag}@example.org`,
        notes: "Prefers to be seated near the door",
      })),
    )
    .returning();
  const roles = ["welcoming_remarks", "opening_remarks", "keynote", "speaker", "speaker", "moderator", "closing_remarks"] as const;
  await db.insert(eventSpeakers).values(roles.map((role, i) => ({ eventId: past.symposium.id, personId: folks[i].id, role, position: i })));
  await db.insert(invitations).values(
    folks.slice(6).map((p, i) => ({
      eventId: past.symposium.id,
      personId: p.id,
      status: "accepted" as const,
      tokenHash: `hash-${tag}-${i}`,
      plusOneName: "A colleague",
      dietary: "Vegetarian",
    })),
  );

  const published = { status: "published" as const, publishedAt: NOW };
  await db.insert(recaps).values([
    { eventId: past.symposium.id, body: "The symposium heard seven speakers.", ...published, publishedAt: new Date(NOW.getTime() - 50 * DAY) },
    { eventId: past.roundtable.id, body: "Participants discussed protection.", ...published, publishedAt: new Date(NOW.getTime() - 15 * DAY) },
    // None of these is public.
    { eventId: past.offRecord.id, body: "Off the record.", ...published },
    { eventId: past.internal.id, body: "For staff.", ...published },
    { eventId: past.quiet.id, body: "Still a draft.", status: "draft" as const },
    { eventId: hidden.internal.id, body: "An internal summary.", ...published, internalOnly: true },
  ]);
  return { upcoming, hidden, past, cohosts: [government.name, catalyst.name] };
}

describe("public event reads", () => {
  const t = useTestDatabase();
  let rows: Awaited<ReturnType<typeof makeRows>>;
  beforeAll(async () => {
    rows = await makeRows(t.db);
  });

  it("lists upcoming public events soonest first, never drafts or internal ones", async () => {
    const upcoming = await listUpcomingPublicEvents(t.db, { now: NOW });
    expect(upcoming.length).toBeGreaterThan(3);
    expect(upcoming.map((e) => e.id).sort()).toEqual(rows.upcoming.map((e) => e.id).sort());
    const starts = upcoming.map((e) => e.startsAt.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const e of upcoming) {
      expect(e.status).toBe("scheduled");
      expect(e.visibility).not.toBe("internal");
      expect(e.endsAt.getTime()).toBeGreaterThanOrEqual(NOW.getTime());
    }
    const past = await listPastPublicEvents(t.db, { now: NOW });
    expect(past.length).toBeGreaterThan(0);
    expect(past.every((e) => e.endsAt < NOW)).toBe(true);
    // Latest first; the internal one left out.
    expect(past.map((e) => e.id)).toEqual([rows.past.offRecord, rows.past.roundtable, rows.past.quiet, rows.past.symposium].map((e) => e.id));
  });

  it("keeps co-hosts in the order staff set", async () => {
    const upcoming = await listUpcomingPublicEvents(t.db, { now: NOW });
    const sierraLeone = upcoming.find((e) => e.title.includes("Sierra Leone"));
    expect(sierraLeone?.cohosts).toEqual(rows.cohosts);
    expect((await getPublicEvent(t.db, rows.upcoming[0].slug, NOW))?.cohosts.map((c) => c.organization.name)).toEqual(rows.cohosts);
  });

  it("answers null for draft, internal and unknown events", async () => {
    expect(await getPublicEvent(t.db, rows.hidden.draft.slug)).toBeNull();
    expect(await getPublicEvent(t.db, rows.hidden.internal.slug)).toBeNull();
    expect(await getPublicEvent(t.db, rows.past.internal.slug)).toBeNull();
    expect(await getPublicEvent(t.db, "no-such-event")).toBeNull();
    // A cancelled event keeps its public page (to say so), though no listing shows it as upcoming.
    expect(await getPublicEvent(t.db, rows.hidden.cancelled.slug)).toMatchObject({ status: "cancelled" });
  });

  it("gives an event's programme but nothing about its guests", async () => {
    const event = await getPublicEvent(t.db, rows.past.symposium.slug, NOW);
    expect(event?.speakers.length).toBeGreaterThan(5);
    expect(event).not.toHaveProperty("invitations");
    expect(JSON.stringify(event)).not.toMatch(/tokenHash|plusOneName|"dietary"|"email"|"notes"/);
    expect(JSON.stringify(event)).not.toMatch(/example\.org|Vegetarian|near the door|hash-/);
  });

  it("lists only published recaps", async () => {
    const recaps = await listRecentRecaps(t.db);
    expect(recaps.map((r) => r.eventTitle).sort()).toEqual([rows.past.roundtable.title, rows.past.symposium.title].sort());
    const event = await getPublicEvent(t.db, recaps[0].slug);
    expect(event?.recap?.status).toBe("published");
  });
});
