import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, invitations, organizations, people, users, venues } from "@/db/schema";
import { createEvent, updateEvent } from "@/lib/events/mutations";
import { addSpeaker, removeSpeaker } from "@/lib/events/programme";
import type { EventFormInput } from "@/lib/events/schema";
import { answerInvitation } from "@/lib/invitations/answer";
import { useTestDatabase } from "@/lib/test/db";
import { postedEventForm } from "@/lib/test/events";
import { describeEntry } from "./describe";
import { listEventHistory } from "./queries";
import type { Actor } from "./record";

const form = (over: Partial<Record<keyof EventFormInput, unknown>> = {}) =>
  postedEventForm({ title: "Baltic Sea Security Roundtable", format: "roundtable", timeZone: "Europe/Vienna", startsLocal: "2026-12-26T08:00", endsLocal: "2026-12-26T10:00", ...over });

describe("the history names what each entry is about", () => {
  const t = useTestDatabase();

  async function staffActor(): Promise<Extract<Actor, { kind: "staff" }>> {
    const [user] = await t.db.insert(users).values({ email: `jordan.${crypto.randomUUID().slice(0, 6)}@convene.local`, name: "Jordan Reyes", role: "editor" }).returning();
    return { kind: "staff", id: user.id, label: "Jordan Reyes" };
  }

  it("stores the names of venues, co-hosts, the speaker and the guest with the entry, so they read after the records are gone", async () => {
    const actor = await staffActor();
    const [vienna, manama] = await t.db
      .insert(venues)
      .values([
        { name: "IPI Europe, Vienna", city: "Vienna", timeZone: "Europe/Vienna" },
        { name: "Hofburg Congress Center", city: "Vienna", timeZone: "Europe/Vienna" },
      ])
      .returning();
    const [finland] = await t.db.insert(organizations).values({ name: "Government of Finland", kind: "government" }).returning();
    const { event } = await createEvent(t.db, actor, form({ venueId: vienna.id }));
    await updateEvent(t.db, actor, event.id, form({ venueId: manama.id, cohostIds: [finland.id], startsLocal: "2026-12-26T17:00", endsLocal: "2026-12-26T19:00" }));

    const [speaker] = await t.db.insert(people).values({ honorific: "Dr.", givenName: "Amina", familyName: "Haddad", positionTitle: "Director" }).returning();
    const { speaker: row } = await addSpeaker(t.db, actor, { eventId: event.id, personId: speaker.id, role: "moderator", remarksTitle: null });
    const [guest] = await t.db.insert(people).values({ honorific: "Ms.", givenName: "Lea", familyName: "Berg", email: "lea.berg@example.org" }).returning();
    const [invitation] = await t.db.insert(invitations).values({ eventId: event.id, personId: guest.id, status: "invited" }).returning();
    await answerInvitation(t.db, event.id, invitation.id, { answer: "accept", plusOneName: null, dietary: null, accessibility: null }, { actor, ignoreDeadline: true, recordedById: actor.id, reason: "Phoned the events desk" });

    // Everything the entries point at goes: the old venue, the co-host, the speaker, the guest.
    await updateEvent(t.db, actor, event.id, form({ venueId: manama.id, cohostIds: [], startsLocal: "2026-12-26T17:00", endsLocal: "2026-12-26T19:00" }));
    await t.db.delete(venues).where(eq(venues.id, vienna.id));
    await t.db.delete(organizations).where(eq(organizations.id, finland.id));
    await removeSpeaker(t.db, actor, row.id);
    await t.db.delete(invitations).where(eq(invitations.id, invitation.id));

    const history = await listEventHistory(t.db, event.id);
    const words = history.map((e) => {

      const d = describeEntry(e, event.timeZone);
      return [`${e.actorLabel} ${d.summary}`, ...d.changes.map((c) => `${c.label}: ${c.from} → ${c.to}`)].join("\n");
    });
    expect(words).toContain(
      [
        "Jordan Reyes changed the start, the end, the venue and the co-hosts",
        "the start: Saturday 26 December 2026, 8 am CET → Saturday 26 December 2026, 5 pm CET",
        "the end: Saturday 26 December 2026, 10 am CET → Saturday 26 December 2026, 7 pm CET",
        "the venue: IPI Europe, Vienna → Hofburg Congress Center",
        "the co-hosts: none → Government of Finland",
      ].join("\n"),
    );
    expect(words).toContain("Jordan Reyes added Dr. Amina Haddad to the programme as moderator");
    expect(words).toContain("Jordan Reyes removed Dr. Amina Haddad (moderator) from the programme");
    expect(words).toContain("Jordan Reyes recorded an answer for Ms. Lea Berg: accepted");
    expect(words.join("\n")).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|since deleted|since taken off|\d+ items?\b/);
  });

  it("names records still there for entries written before names were stored, and says which are gone", async () => {
    const actor = await staffActor();
    const [kept] = await t.db.insert(venues).values({ name: "Trygve Lie Center", city: "New York", timeZone: "America/New_York" }).returning();
    const [gone] = await t.db.insert(venues).values({ name: "Old Annex", city: "New York", timeZone: "America/New_York" }).returning();
    const { event } = await createEvent(t.db, actor, form({ venueId: kept.id, timeZone: "America/New_York" }));
    await t.db.delete(venues).where(eq(venues.id, gone.id));
    const [guest] = await t.db.insert(people).values({ givenName: "Jake", familyName: "Sherman" }).returning();
    const [invitation] = await t.db.insert(invitations).values({ eventId: event.id, personId: guest.id, status: "accepted" }).returning();
    // As the old code wrote them: ids only.
    await t.db.insert(auditLog).values([
      { actorId: actor.id, actorLabel: "Jordan Reyes", action: "event.updated", entityType: "event", entityId: event.id, eventId: event.id, before: { venueId: gone.id }, after: { venueId: kept.id } },
      { actorId: actor.id, actorLabel: "Jordan Reyes", action: "invitation.declined", entityType: "invitation", entityId: invitation.id, eventId: event.id, before: { status: "accepted" }, after: { status: "declined" }, reason: "Email to the desk" },
    ]);
    const history = await listEventHistory(t.db, event.id);
    const described = history.map((e) => describeEntry(e, event.timeZone));
    expect(described.map((d) => d.summary)).toContain("recorded an answer for Jake Sherman: declined");
    expect(described.flatMap((d) => d.changes).find((c) => c.field === "venueId")).toMatchObject({ from: "a venue since deleted", to: "Trygve Lie Center" });
  });
});
