import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, people, speakerAgendaItems } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { useTestDatabase } from "@/lib/test/db";
import { postedEventForm } from "@/lib/test/events";
import { createEvent, duplicateEvent } from "./mutations";
import { addAgendaItem, addSpeaker, removeAgendaItem, setSpeakerAgendaItems } from "./programme";
import { agendaItemSchema, speakerAgendaSchema } from "./programme-schema";

const actor: Actor = { kind: "system", label: "test" };

describe("which agenda items a speaker speaks at", () => {
  const t = useTestDatabase();

  async function roundtable(title = "WPS and POC roundtable") {
    const { event } = await createEvent(
      t.db,
      actor,
      postedEventForm({ title, format: "roundtable", attribution: "chatham_house", timeZone: "America/New_York", startsLocal: "2026-12-17T10:00", endsLocal: "2026-12-17T12:30" }),
    );
    const opening = await addAgendaItem(t.db, actor, agendaItemSchema.parse({ eventId: event.id, startTime: "10:00", endTime: "10:10", title: "Opening remarks", attribution: "on_record" }));
    const discussion = await addAgendaItem(t.db, actor, agendaItemSchema.parse({ eventId: event.id, startTime: "10:10", title: "Discussion", attribution: "inherit" }));
    const [person] = await t.db.insert(people).values({ honorific: "H.E. Ms.", givenName: "Ine", familyName: "Eriksen Søreide" }).returning();
    const { speaker } = await addSpeaker(t.db, actor, { eventId: event.id, personId: person.id, role: "opening_remarks", remarksTitle: null });
    return { event, opening, discussion, speaker };
  }

  const linked = async (speakerId: string) =>
    (await t.db.select().from(speakerAgendaItems).where(eq(speakerAgendaItems.speakerId, speakerId))).map((l) => l.agendaItemId).sort();

  it("attaches a speaker to items, replaces the choice, and writes each change in the history", async () => {
    const { event, opening, discussion, speaker } = await roundtable();
    const result = await setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id, agendaItemIds: opening.id }));
    expect(result.agendaItems).toEqual(["Opening remarks"]);
    expect(await linked(speaker.id)).toEqual([opening.id]);

    await setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id, agendaItemIds: `${discussion.id},${opening.id}` }));
    expect(await linked(speaker.id)).toEqual([opening.id, discussion.id].sort());
    // The same choice again changes nothing and writes nothing.
    await setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id, agendaItemIds: `${opening.id},${discussion.id}` }));
    await setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id }));
    expect(await linked(speaker.id)).toEqual([]);

    const history = await t.db.select().from(auditLog).where(and(eq(auditLog.eventId, event.id), eq(auditLog.action, "speaker.agenda_items"))).orderBy(auditLog.at, auditLog.id);
    expect(history.map((h) => h.after)).toEqual([
      { person: "H.E. Ms. Ine Eriksen Søreide", agendaItems: ["Opening remarks"] },
      { person: "H.E. Ms. Ine Eriksen Søreide", agendaItems: ["Opening remarks", "Discussion"] },
      { person: "H.E. Ms. Ine Eriksen Søreide", agendaItems: [] },
    ]);
  });

  it("refuses another event's item, in words, and changes nothing", async () => {
    const { opening, speaker } = await roundtable();
    const other = await roundtable("Another roundtable");
    await setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id, agendaItemIds: opening.id }));
    await expect(
      setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id, agendaItemIds: `${opening.id},${other.opening.id}` })),
    ).rejects.toMatchObject({ field: "agendaItemIds", message: expect.stringMatching(/no longer on this event's programme/) });
    expect(await linked(speaker.id)).toEqual([opening.id]);
  });

  it("forgets an item that is removed from the agenda", async () => {
    const { opening, speaker } = await roundtable();
    await setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id, agendaItemIds: opening.id }));
    await removeAgendaItem(t.db, actor, opening.id);
    expect(await linked(speaker.id)).toEqual([]);
  });

  it("copies who speaks at what when the event is duplicated", async () => {
    const { event, opening, speaker } = await roundtable();
    await setSpeakerAgendaItems(t.db, actor, speakerAgendaSchema.parse({ speakerId: speaker.id, agendaItemIds: opening.id }));
    const copy = await duplicateEvent(t.db, actor, event.id);
    const links = await t.db.query.eventSpeakers.findMany({ where: (s, { eq: e }) => e(s.eventId, copy.id), with: { agendaItems: { with: { agendaItem: true } } } });
    expect(links.map((s) => s.agendaItems.map((l) => [l.agendaItem.eventId, l.agendaItem.title]))).toEqual([[[copy.id, "Opening remarks"]]]);
    // The original keeps its own.
    expect(await linked(speaker.id)).toEqual([opening.id]);
  });

  it("reads a list of checked items, and refuses what is not an item id", () => {
    expect(speakerAgendaSchema.safeParse({ speakerId: crypto.randomUUID(), agendaItemIds: "not-an-id" }).success).toBe(false);
    const id = crypto.randomUUID();
    expect(speakerAgendaSchema.parse({ speakerId: id, agendaItemIds: "" }).agendaItemIds).toEqual([]);
    expect(speakerAgendaSchema.parse({ speakerId: id, agendaItemIds: `${id}, ${id}` }).agendaItemIds).toEqual([id]);
  });
});
