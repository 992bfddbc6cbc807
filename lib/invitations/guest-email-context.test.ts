import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { eventCohosts, events, eventSpeakers, organizations, people, venues } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { guestEmailContext } from "./guest-email-context";
import { makeEvent } from "./test-fixtures";

describe("what every guest email says about an event", () => {
  const t = useTestDatabase();

  let n = 0;
  async function dressedEvent(over: Partial<typeof events.$inferInsert> = {}) {
    const tag = ++n === 1 ? "" : ` ${n}`;
    const [venue] = await t.db.insert(venues).values({ name: "IPI", address: "777 United Nations Plaza", city: "New York", timeZone: "America/New_York" }).returning();
    const event = await makeEvent(t.db, { venueId: venue.id, ...over });
    const orgs = await t.db
      .insert(organizations)
      .values([{ name: `Permanent Mission of Norway${tag}` }, { name: `Permanent Mission of Ghana${tag}` }])
      .returning();
    // Listed second and first: the email follows position, not insertion.
    await t.db.insert(eventCohosts).values([
      { eventId: event.id, organizationId: orgs[0].id, position: 1 },
      { eventId: event.id, organizationId: orgs[1].id, position: 0 },
    ]);
    const [moderator, second, first] = await t.db
      .insert(people)
      .values([
        { honorific: "Mr.", givenName: "Terje", familyName: "Rød-Larsen", positionTitle: "President", affiliation: "International Peace Institute" },
        { honorific: "H.E. Ms.", givenName: "Ine", familyName: "Eriksen Søreide", positionTitle: "Minister of Foreign Affairs", affiliation: "Norway" },
        { givenName: "Amina", familyName: "Mohammed", positionTitle: null, affiliation: null },
      ])
      .returning();
    await t.db.insert(eventSpeakers).values([
      { eventId: event.id, personId: second.id, role: "speaker", position: 1 },
      { eventId: event.id, personId: moderator.id, role: "moderator", position: 0 },
      { eventId: event.id, personId: first.id, role: "speaker", position: 0 },
    ]);
    return (await t.db.select().from(events).where(eq(events.id, event.id)))[0];
  }

  it("names the place, the hosts in order and the speakers by role and position", async () => {
    const event = await dressedEvent();
    const ctx = await guestEmailContext(t.db, event);
    expect(ctx.location).toBe("IPI, 777 United Nations Plaza, New York");
    expect(ctx.emailEvent.venue).toBe("IPI, 777 United Nations Plaza, New York");
    expect(ctx.emailEvent.hosts).toMatch(/together with Permanent Mission of Ghana and Permanent Mission of Norway$/);
    const byLabel = Object.fromEntries(ctx.emailEvent.speakers.map((g) => [g.label, g.people?.map((p) => p.name)]));
    expect(byLabel).toMatchObject({
      Speakers: ["Amina Mohammed", "H.E. Ms. Ine Eriksen Søreide"],
      Moderator: ["Mr. Terje Rød-Larsen"],
    });
    const minister = ctx.emailEvent.speakers.flatMap((g) => g.people ?? []).find((p) => p.name.includes("Søreide"));
    expect(minister?.credentials).toBe("Minister of Foreign Affairs, Norway");
  });

  it("leaves speakers out under the Chatham House rule unless staff announce them; an event without venue or co-hosts says so plainly", async () => {
    const quiet = await dressedEvent({ attribution: "chatham_house", announceSpeakers: false });
    expect((await guestEmailContext(t.db, quiet)).emailEvent.speakers).toEqual([]);
    const announced = await dressedEvent({ attribution: "chatham_house", announceSpeakers: true });
    expect((await guestEmailContext(t.db, announced)).emailEvent.speakers.length).toBe(2);

    const bare = await makeEvent(t.db, { venueId: null });
    const ctx = await guestEmailContext(t.db, bare);
    expect(ctx.location).toBeNull();
    expect(ctx.emailEvent.venue).toBeNull();
    expect(ctx.emailEvent.hosts).not.toContain("together with");
    expect(ctx.emailEvent.speakers).toEqual([]);
  });
});
