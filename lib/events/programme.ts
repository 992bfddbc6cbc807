import "server-only";
import { and, asc, eq, max, sql } from "drizzle-orm";
import { agendaItems, events, eventSpeakers, people, speakerAgendaItems } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { displayName } from "@/lib/people/display-name";
import type { z } from "zod";
import type { addSpeakerSchema, agendaItemSchema, agendaItemUpdateSchema, newSpeakerSchema, speakerAgendaSchema } from "./programme-schema";
import { toZonedInput, zonedTimeToUtc } from "./time";
import { moveOnePlace } from "@/lib/move-one-place";

async function eventOrThrow(tx: Db, eventId: string) {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
  if (!event) throw new DomainError("This event no longer exists.");
  if (event.status === "cancelled") throw new DomainError("The event is cancelled; its programme can no longer change.");
  return event;
}

export async function addSpeaker(db: Db, actor: Actor, input: z.output<typeof addSpeakerSchema>) {
  return db.transaction(async (tx) => {
    await eventOrThrow(tx, input.eventId);
    const [person] = await tx.select().from(people).where(eq(people.id, input.personId));
    if (!person) throw new DomainError("That person is no longer in the directory.", "personId");
    const [existing] = await tx
      .select({ id: eventSpeakers.id })
      .from(eventSpeakers)
      .where(and(eq(eventSpeakers.eventId, input.eventId), eq(eventSpeakers.personId, input.personId), eq(eventSpeakers.role, input.role)));
    if (existing) throw new DomainError(`${displayName(person)} is already listed in this role.`, "personId");
    const [{ last }] = await tx
      .select({ last: max(eventSpeakers.position) })
      .from(eventSpeakers)
      .where(and(eq(eventSpeakers.eventId, input.eventId), eq(eventSpeakers.role, input.role)));
    const [row] = await tx
      .insert(eventSpeakers)
      .values({ eventId: input.eventId, personId: input.personId, role: input.role, remarksTitle: input.remarksTitle, position: (last ?? -1) + 1 })
      .returning();
    await recordAudit(tx, actor, { action: "speaker.added", entityType: "event_speaker", entityId: row.id, eventId: input.eventId, after: { person: displayName(person), role: input.role, remarksTitle: input.remarksTitle } });
    return { speaker: row, person };
  });
}

/** Creates the person in the directory (or finds them by email) and adds them, in one transaction. */
export async function addNewSpeaker(db: Db, actor: Actor, input: z.output<typeof newSpeakerSchema>) {
  return db.transaction(async (tx) => {
    const { eventId, role, remarksTitle, ...person } = input;
    const [match] = person.email
      ? await tx.select({ id: people.id }).from(people).where(eq(sql`lower(${people.email})`, person.email))
      : [];
    let personId = match?.id;
    if (!personId) {
      const [created] = await tx.insert(people).values(person).returning();
      personId = created.id;
      await recordAudit(tx, actor, { action: "person.created", entityType: "person", entityId: created.id, after: person });
    }
    return addSpeaker(tx, actor, { eventId, personId, role, remarksTitle });
  });
}

/** Moves a speaker one place up or down within their role (keyboard-friendly ordering). */
export async function moveSpeaker(db: Db, actor: Actor, speakerId: string, direction: "up" | "down") {
  await db.transaction(async (tx) => {
    const [speaker] = await tx.select().from(eventSpeakers).where(eq(eventSpeakers.id, speakerId));
    if (!speaker) throw new DomainError("That speaker is no longer on the programme.");
    await eventOrThrow(tx, speaker.eventId);
    const inRole = await tx
      .select()
      .from(eventSpeakers)
      .where(and(eq(eventSpeakers.eventId, speaker.eventId), eq(eventSpeakers.role, speaker.role)))
      .orderBy(asc(eventSpeakers.position), asc(eventSpeakers.id));
    const moved = moveOnePlace(inRole, speakerId, direction);
    if (!moved) return;
    for (const [position, s] of moved.order.entries()) {
      if (s.position !== position) await tx.update(eventSpeakers).set({ position }).where(eq(eventSpeakers.id, s.id));
    }
    await recordAudit(tx, actor, { action: "speaker.moved", entityType: "event_speaker", entityId: speakerId, eventId: speaker.eventId, before: { position: moved.from }, after: { position: moved.to } });
  });
}

export async function removeSpeaker(db: Db, actor: Actor, speakerId: string) {
  await db.transaction(async (tx) => {
    const [speaker] = await tx.select().from(eventSpeakers).where(eq(eventSpeakers.id, speakerId));
    if (!speaker) return;
    await eventOrThrow(tx, speaker.eventId);
    await tx.delete(eventSpeakers).where(eq(eventSpeakers.id, speakerId));
    await recordAudit(tx, actor, { action: "speaker.removed", entityType: "event_speaker", entityId: speakerId, eventId: speaker.eventId, before: { personId: speaker.personId, role: speaker.role } });
  });
}

/**
 * Which agenda items a speaker speaks at, replacing what was there: it decides
 * where the public page may name them and whether the recap's guard protects
 * them (lib/events/speaker-attribution.ts). Only items of the speaker's own event.
 */
export async function setSpeakerAgendaItems(db: Db, actor: Actor, input: z.output<typeof speakerAgendaSchema>) {
  return db.transaction(async (tx) => {
    const [speaker] = await tx
      .select({ id: eventSpeakers.id, eventId: eventSpeakers.eventId, role: eventSpeakers.role, person: people })
      .from(eventSpeakers)
      .innerJoin(people, eq(people.id, eventSpeakers.personId))
      .where(eq(eventSpeakers.id, input.speakerId));
    if (!speaker) throw new DomainError("That speaker is no longer on the programme.");
    await eventOrThrow(tx, speaker.eventId);
    const items = await tx
      .select({ id: agendaItems.id, title: agendaItems.title })
      .from(agendaItems)
      .where(eq(agendaItems.eventId, speaker.eventId))
      .orderBy(asc(agendaItems.startsAt), asc(agendaItems.position));
    if (input.agendaItemIds.some((id) => !items.some((i) => i.id === id))) {
      throw new DomainError("One of those agenda items is no longer on this event's programme. Reload the page and choose again.", "agendaItemIds");
    }
    const before = (await tx.select({ id: speakerAgendaItems.agendaItemId }).from(speakerAgendaItems).where(eq(speakerAgendaItems.speakerId, speaker.id))).map((r) => r.id);
    const titles = (ids: readonly string[]) => items.filter((i) => ids.includes(i.id)).map((i) => i.title);
    const same = before.length === input.agendaItemIds.length && before.every((id) => input.agendaItemIds.includes(id));
    if (!same) {
      await tx.delete(speakerAgendaItems).where(eq(speakerAgendaItems.speakerId, speaker.id));
      if (input.agendaItemIds.length) await tx.insert(speakerAgendaItems).values(input.agendaItemIds.map((agendaItemId) => ({ speakerId: speaker.id, agendaItemId })));
      await recordAudit(tx, actor, {
        action: "speaker.agenda_items",
        entityType: "event_speaker",
        entityId: speaker.id,
        eventId: speaker.eventId,
        before: { person: displayName(speaker.person), agendaItems: titles(before) },
        after: { person: displayName(speaker.person), agendaItems: titles(input.agendaItemIds) },
      });
    }
    return { person: speaker.person, agendaItems: titles(input.agendaItemIds) };
  });
}

/** Agenda times are entered as clock times on the event's own day, in its zone. */
function agendaTimes(event: { startsAt: Date; timeZone: string }, input: { startTime: string; endTime: string | null }) {
  const day = toZonedInput(event.startsAt, event.timeZone).slice(0, 10);
  const startsAt = zonedTimeToUtc(`${day}T${input.startTime}`, event.timeZone);
  const endsAt = input.endTime ? zonedTimeToUtc(`${day}T${input.endTime}`, event.timeZone) : null;
  if (endsAt && endsAt <= startsAt) throw new DomainError("The item must end after it starts", "endTime");
  return { startsAt, endsAt };
}

export async function addAgendaItem(db: Db, actor: Actor, input: z.output<typeof agendaItemSchema>) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, input.eventId);
    const { startsAt, endsAt } = agendaTimes(event, input);
    const [row] = await tx
      .insert(agendaItems)
      .values({
        eventId: input.eventId,
        startsAt,
        endsAt,
        title: input.title,
        description: input.description,
        attribution: input.attribution === "inherit" ? null : input.attribution,
        livestreamed: input.livestreamed,
      })
      .returning();
    await recordAudit(tx, actor, { action: "agenda.added", entityType: "agenda_item", entityId: row.id, eventId: input.eventId, after: { title: row.title, startTime: input.startTime, attribution: row.attribution } });
    return row;
  });
}

/** An item changed in place: its speakers stay tied to it. */
export async function updateAgendaItem(db: Db, actor: Actor, input: z.output<typeof agendaItemUpdateSchema>) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, input.eventId);
    const [item] = await tx
      .select()
      .from(agendaItems)
      .where(and(eq(agendaItems.id, input.itemId), eq(agendaItems.eventId, input.eventId)))
      .for("update");
    if (!item) throw new DomainError("This agenda item no longer exists.");
    const { startsAt, endsAt } = agendaTimes(event, input);
    const attribution = input.attribution === "inherit" ? null : input.attribution;
    const [row] = await tx
      .update(agendaItems)
      .set({ startsAt, endsAt, title: input.title, description: input.description, attribution, livestreamed: input.livestreamed })
      .where(eq(agendaItems.id, item.id))
      .returning();
    const clock = (d: Date | null) => (d ? toZonedInput(d, event.timeZone).slice(11, 16) : null);
    const shown = (r: typeof item) => ({ title: r.title, startTime: clock(r.startsAt), endTime: clock(r.endsAt), description: r.description, attribution: r.attribution, livestreamed: r.livestreamed });
    await recordAudit(tx, actor, { action: "agenda.changed", entityType: "agenda_item", entityId: item.id, eventId: input.eventId, before: shown(item), after: shown(row) });
    return row;
  });
}

export async function removeAgendaItem(db: Db, actor: Actor, itemId: string) {
  await db.transaction(async (tx) => {
    const [item] = await tx.select().from(agendaItems).where(eq(agendaItems.id, itemId));
    if (!item) return;
    await eventOrThrow(tx, item.eventId);
    await tx.delete(agendaItems).where(eq(agendaItems.id, itemId));
    await recordAudit(tx, actor, { action: "agenda.removed", entityType: "agenda_item", entityId: itemId, eventId: item.eventId, before: { title: item.title } });
  });
}
