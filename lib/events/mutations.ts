import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, inArray, like, ne, or } from "drizzle-orm";
import { agendaItems, eventCohosts, events, eventSpeakers, speakerAgendaItems } from "@/db/schema";
import type { Db } from "@/db/types";
import { auditDiff } from "@/lib/audit/diff";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { foreignKeyViolation } from "@/db/errors";
import { afterEventCancelled, afterEventSaved } from "@/lib/invitations/event-changes";
import { findConflictsFor } from "./conflict-queries";
import type { Conflict } from "./conflicts";
import type { EventFormValues } from "./schema";
import { slugify } from "./slug";
import { zonedTimeToUtc } from "./time";

type EventRow = typeof events.$inferSelect;

function toColumns(v: EventFormValues) {
  return {
    title: v.title,
    subtitle: v.subtitle,
    summary: v.summary,
    description: v.description,
    format: v.format,
    status: v.status,
    visibility: v.visibility,
    attribution: v.attribution,
    timeZone: v.timeZone,
    startsAt: zonedTimeToUtc(v.startsLocal, v.timeZone),
    endsAt: zonedTimeToUtc(v.endsLocal, v.timeZone),
    rsvpDeadline: v.rsvpDeadlineLocal ? zonedTimeToUtc(v.rsvpDeadlineLocal, v.timeZone) : null,
    venueId: v.venueId,
    programId: v.programId,
    livestreamUrl: v.livestreamUrl,
    capacity: v.capacity,
    reminderHoursBefore: v.reminderHoursBefore,
    contactEmail: v.contactEmail,
    waitlistEnabled: v.waitlistEnabled,
    plusOnesAllowed: v.plusOnesAllowed,
    askDietary: v.askDietary,
    askAccessibility: v.askAccessibility,
    announceSpeakers: v.announceSpeakers,
  };
}

/** A free address for the event page: the one asked for, or the title's with -2, -3… */
async function freeSlug(tx: Db, wanted: string | null, title: string, exceptId?: string): Promise<string> {
  const base = wanted ?? (slugify(title) || "event");
  const taken = await tx
    .select({ slug: events.slug })
    .from(events)
    .where(and(or(eq(events.slug, base), like(events.slug, `${base}-%`)), exceptId ? ne(events.id, exceptId) : undefined));
  const used = new Set(taken.map((t) => t.slug));
  if (!used.has(base)) return base;
  if (wanted) throw new DomainError("Another event already uses this address. Choose another.", "slug");
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

async function setCohosts(tx: Db, eventId: string, organizationIds: readonly string[]) {
  await tx.delete(eventCohosts).where(eq(eventCohosts.eventId, eventId));
  if (organizationIds.length) {
    await tx.insert(eventCohosts).values(organizationIds.map((organizationId, position) => ({ eventId, organizationId, position })));
  }
}

function omit<T extends object, K extends keyof T>(row: T, keys: readonly K[]): Omit<T, K> {
  const copy = { ...row };
  for (const key of keys) delete copy[key];
  return copy;
}

export type SavedEvent = { event: EventRow; conflicts: Conflict[] };

// A venue, program or co-host chosen from the list may have been deleted since
// the form was opened (or the id made up): the database refuses it, and the
// person is told which field to choose again.
const GONE_FROM_DIRECTORY: Record<string, [field: string, message: string]> = {
  events_venue_id_venues_id_fk: ["venueId", "This venue is no longer in the directory: choose another."],
  events_program_id_programs_id_fk: ["programId", "This program is no longer in the directory: choose another."],
  event_cohosts_organization_id_organizations_id_fk: ["cohostIds", "A co-host is no longer in the directory: choose the co-hosts again."],
};

async function refusingMissingChoices<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (e) {
    const gone = GONE_FROM_DIRECTORY[foreignKeyViolation(e) ?? ""];
    if (gone) throw new DomainError(gone[1], gone[0]);
    throw e;
  }
}

export async function createEvent(db: Db, actor: Actor, values: EventFormValues): Promise<SavedEvent> {
  const event = await refusingMissingChoices(db.transaction(async (tx) => {
    const slug = await freeSlug(tx, values.slug, values.title);
    const [row] = await tx
      .insert(events)
      .values({ ...toColumns(values), slug, createdById: actor.kind === "staff" ? actor.id : null })
      .returning();
    await setCohosts(tx, row.id, values.cohostIds);
    await recordAudit(tx, actor, { action: "event.created", entityType: "event", entityId: row.id, eventId: row.id, after: { ...toColumns(values), slug, cohostIds: values.cohostIds } });
    return row;
  }));
  return { event, conflicts: await findConflictsFor(db, event.id) };
}

export async function updateEvent(db: Db, actor: Actor, eventId: string, values: EventFormValues): Promise<SavedEvent> {
  const event = await refusingMissingChoices(db.transaction(async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!before) throw new DomainError("This event no longer exists.");
    if (before.status === "cancelled") throw new DomainError("A cancelled event cannot be edited. Duplicate it to plan it again.");
    const slug = values.slug && values.slug !== before.slug ? await freeSlug(tx, values.slug, values.title, eventId) : before.slug;
    const columns = { ...toColumns(values), slug };
    const moved =
      columns.startsAt.getTime() !== before.startsAt.getTime() || columns.endsAt.getTime() !== before.endsAt.getTime() || columns.venueId !== before.venueId;
    const [row] = await tx
      .update(events)
      .set({ ...columns, updatedAt: new Date(), calendarSequence: moved ? before.calendarSequence + 1 : before.calendarSequence })
      .where(eq(events.id, eventId))
      .returning();
    const previousCohosts = (await tx.select({ id: eventCohosts.organizationId }).from(eventCohosts).where(eq(eventCohosts.eventId, eventId)).orderBy(eventCohosts.position)).map((c) => c.id);
    await setCohosts(tx, eventId, values.cohostIds);
    const diff = auditDiff<string>({ ...before, cohostIds: previousCohosts }, { ...columns, cohostIds: values.cohostIds });
    if (diff) await recordAudit(tx, actor, { action: "event.updated", entityType: "event", entityId: eventId, eventId, ...diff });
    await afterEventSaved(tx, actor, before, row);
    return row;
  }));
  return { event, conflicts: await findConflictsFor(db, event.id) };
}

/** A new draft with everything but the guests: "Copy of …", a week later by default is not assumed. */
export async function duplicateEvent(db: Db, actor: Actor, eventId: string): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(events).where(eq(events.id, eventId));
    if (!source) throw new DomainError("This event no longer exists.");
    const title = `Copy of ${source.title}`.slice(0, 200);
    const slug = await freeSlug(tx, null, title);
    const [copy] = await tx
      .insert(events)
      .values({
        ...omit(source, ["id", "slug", "createdAt", "updatedAt", "cancelledAt", "calendarSequence"]),
        title,
        slug,
        status: "draft",
        createdById: actor.kind === "staff" ? actor.id : null,
      })
      .returning();
    const cohosts = await tx.select().from(eventCohosts).where(eq(eventCohosts.eventId, eventId));
    if (cohosts.length) await tx.insert(eventCohosts).values(cohosts.map((c) => ({ ...c, eventId: copy.id })));
    // New ids chosen here, so which items each speaker speaks at is copied too.
    const newId = new Map<string, string>();
    const speakers = await tx.select().from(eventSpeakers).where(eq(eventSpeakers.eventId, eventId));
    for (const s of speakers) newId.set(s.id, randomUUID());
    if (speakers.length) await tx.insert(eventSpeakers).values(speakers.map((s) => ({ ...s, id: newId.get(s.id), eventId: copy.id })));
    const agenda = await tx.select().from(agendaItems).where(eq(agendaItems.eventId, eventId));
    for (const a of agenda) newId.set(a.id, randomUUID());
    if (agenda.length) await tx.insert(agendaItems).values(agenda.map((a) => ({ ...a, id: newId.get(a.id), eventId: copy.id })));
    const links = speakers.length
      ? await tx.select().from(speakerAgendaItems).where(inArray(speakerAgendaItems.speakerId, speakers.map((s) => s.id)))
      : [];
    if (links.length) {
      await tx.insert(speakerAgendaItems).values(links.map((l) => ({ speakerId: newId.get(l.speakerId)!, agendaItemId: newId.get(l.agendaItemId)! })));
    }
    await recordAudit(tx, actor, { action: "event.duplicated", entityType: "event", entityId: copy.id, eventId: copy.id, after: { from: eventId, title } });
    return copy;
  });
}

export async function cancelEvent(db: Db, actor: Actor, eventId: string, reason: string | null): Promise<EventRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!before) throw new DomainError("This event no longer exists.");
    if (before.status === "cancelled") return before;
    const [row] = await tx
      .update(events)
      .set({ status: "cancelled", cancelledAt: new Date(), updatedAt: new Date(), calendarSequence: before.calendarSequence + 1 })
      .where(eq(events.id, eventId))
      .returning();
    await recordAudit(tx, actor, { action: "event.cancelled", entityType: "event", entityId: eventId, eventId, before: { status: before.status }, after: { status: "cancelled" }, reason });
    if (before.status === "scheduled" && before.endsAt.getTime() > Date.now()) await afterEventCancelled(tx, row, reason);
    return row;
  });
}

export async function deleteDraftEvent(db: Db, actor: Actor, eventId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(events).where(eq(events.id, eventId)).for("update");
    if (!before) throw new DomainError("This event no longer exists.");
    if (before.status !== "draft") throw new DomainError("Only drafts can be deleted. Cancel a scheduled event instead.");
    await tx.delete(events).where(eq(events.id, eventId));
    await recordAudit(tx, actor, { action: "event.deleted", entityType: "event", entityId: eventId, before: { title: before.title, slug: before.slug } });
  });
}
