import { describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import { agendaItems, eventSpeakers, people } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { useTestDatabase } from "@/lib/test/db";
import { postedEventForm } from "@/lib/test/events";
import { createEvent } from "./mutations";
import { addAgendaItem, addNewSpeaker, addSpeaker, moveSpeaker, removeSpeaker, setSpeakerAgendaItems, updateAgendaItem } from "./programme";
import { agendaItemSchema, agendaItemUpdateSchema, newSpeakerSchema } from "./programme-schema";
import { auditLog, speakerAgendaItems } from "@/db/schema";

const actor: Actor = { kind: "system", label: "test" };

describe("the programme", () => {
  const t = useTestDatabase();

  async function roundtable() {
    const { event } = await createEvent(
      t.db,
      actor,
      postedEventForm({ title: "WPS and POC roundtable", format: "roundtable", attribution: "chatham_house", timeZone: "America/New_York", startsLocal: "2026-12-17T10:00", endsLocal: "2026-12-17T12:30" }),
    );
    return event;
  }

  it("adds speakers in order within each role, and one person in two roles", async () => {
    const event = await roundtable();
    const [a, b, c] = await t.db
      .insert(people)
      .values([
        { honorific: "H.E. Ms.", givenName: "Ine Eriksen", familyName: "Søreide", positionTitle: "Minister of Foreign Affairs", affiliation: "Norway" },
        { givenName: "Michelle", familyName: "Bachelet" },
        { givenName: "Achim", familyName: "Steiner" },
      ])
      .returning();
    await addSpeaker(t.db, actor, { eventId: event.id, personId: a.id, role: "opening_remarks", remarksTitle: null });
    await addSpeaker(t.db, actor, { eventId: event.id, personId: a.id, role: "moderator", remarksTitle: null });
    await addSpeaker(t.db, actor, { eventId: event.id, personId: b.id, role: "speaker", remarksTitle: null });
    const third = await addSpeaker(t.db, actor, { eventId: event.id, personId: c.id, role: "speaker", remarksTitle: null });
    await expect(addSpeaker(t.db, actor, { eventId: event.id, personId: b.id, role: "speaker", remarksTitle: null })).rejects.toThrow(/already listed in this role/);

    await moveSpeaker(t.db, actor, third.speaker.id, "up");
    const speakers = await t.db
      .select()
      .from(eventSpeakers)
      .where(and(eq(eventSpeakers.eventId, event.id), eq(eventSpeakers.role, "speaker")))
      .orderBy(asc(eventSpeakers.position));
    expect(speakers.map((s) => s.personId)).toEqual([c.id, b.id]);
    // Moving the first one up changes nothing.
    await moveSpeaker(t.db, actor, third.speaker.id, "up");
    await removeSpeaker(t.db, actor, third.speaker.id);
    expect(await t.db.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, event.id))).toHaveLength(3);
  });

  it("creates a new person inline, or reuses one found by email", async () => {
    const event = await roundtable();
    const input = newSpeakerSchema.parse({ eventId: event.id, role: "discussant", givenName: "Sarah", familyName: "Taylor", email: "S.Taylor@Example.org" });
    await addNewSpeaker(t.db, actor, input);
    await addNewSpeaker(t.db, actor, { ...input, role: "moderator" });
    expect(await t.db.select().from(people).where(eq(people.email, "s.taylor@example.org"))).toHaveLength(1);
    expect(await t.db.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, event.id))).toHaveLength(2);
  });

  it("places agenda items on the event's day in its zone, with their own attribution", async () => {
    const event = await roundtable();
    const item = await addAgendaItem(
      t.db,
      actor,
      agendaItemSchema.parse({ eventId: event.id, startTime: "10:00", endTime: "10:10", title: "Opening remarks", attribution: "on_record" }),
    );
    expect(item.startsAt.toISOString()).toBe("2026-12-17T15:00:00.000Z");
    expect(item.attribution).toBe("on_record");
    const inherit = await addAgendaItem(t.db, actor, agendaItemSchema.parse({ eventId: event.id, startTime: "10:10", title: "Discussion", attribution: "inherit" }));
    expect(inherit.attribution).toBeNull();
    await expect(
      addAgendaItem(t.db, actor, agendaItemSchema.parse({ eventId: event.id, startTime: "11:00", endTime: "10:00", title: "Backwards", attribution: "inherit" })),
    ).rejects.toThrow(/end after it starts/);
    expect(await t.db.select().from(agendaItems).where(eq(agendaItems.eventId, event.id))).toHaveLength(2);
  });

  it("changes an agenda item in place: new times on the event's day, its speakers still tied to it, the change in the history", async () => {
    const event = await roundtable();
    const item = await addAgendaItem(t.db, actor, agendaItemSchema.parse({ eventId: event.id, startTime: "10:00", title: "Opening", attribution: "inherit" }));
    const [person] = await t.db.insert(people).values({ givenName: "Michelle", familyName: "Bachelet" }).returning();
    const { speaker } = await addSpeaker(t.db, actor, { eventId: event.id, personId: person.id, role: "opening_remarks", remarksTitle: null });
    await setSpeakerAgendaItems(t.db, actor, { speakerId: speaker.id, agendaItemIds: [item.id] });

    const changed = await updateAgendaItem(
      t.db,
      actor,
      agendaItemUpdateSchema.parse({ itemId: item.id, eventId: event.id, startTime: "10:05", endTime: "10:20", title: "Opening remarks", attribution: "on_record", livestreamed: "on" }),
    );
    expect(changed.id).toBe(item.id);
    expect(changed.startsAt.toISOString()).toBe("2026-12-17T15:05:00.000Z");
    expect(changed.endsAt?.toISOString()).toBe("2026-12-17T15:20:00.000Z");
    expect(changed).toMatchObject({ title: "Opening remarks", attribution: "on_record", livestreamed: true });
    expect(await t.db.select().from(speakerAgendaItems).where(eq(speakerAgendaItems.agendaItemId, item.id))).toHaveLength(1);
    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, item.id), eq(auditLog.action, "agenda.changed")));
    expect(entry.before).toMatchObject({ title: "Opening", startTime: "10:00", endTime: null });
    expect(entry.after).toMatchObject({ title: "Opening remarks", startTime: "10:05", endTime: "10:20" });
  });

  it("refuses an agenda change that ends before it starts, or names another event's item, and changes nothing", async () => {
    const event = await roundtable();
    const other = await roundtable();
    const item = await addAgendaItem(t.db, actor, agendaItemSchema.parse({ eventId: event.id, startTime: "10:00", title: "Opening", attribution: "inherit" }));
    const update = (over: Record<string, string>) =>
      updateAgendaItem(t.db, actor, agendaItemUpdateSchema.parse({ itemId: item.id, eventId: event.id, startTime: "10:00", title: "Opening", attribution: "inherit", ...over }));
    await expect(update({ startTime: "11:00", endTime: "10:00" })).rejects.toThrow(/end after it starts/);
    await expect(update({ eventId: other.id, title: "Hijacked" })).rejects.toThrow(/no longer exists/);
    const [row] = await t.db.select().from(agendaItems).where(eq(agendaItems.id, item.id));
    expect(row).toMatchObject({ title: "Opening", endsAt: null });
  });
});
