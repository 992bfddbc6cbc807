import "server-only";
import { and, eq, gt, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import { events, eventSpeakers, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { personName } from "@/lib/people/display-name";
import { findConflicts, type Conflict, type ConflictCandidate } from "./conflicts";

async function candidates(db: Db, where: SQL | undefined): Promise<ConflictCandidate[]> {
  const rows = await db
    .select({ id: events.id, title: events.title, startsAt: events.startsAt, endsAt: events.endsAt, venueId: events.venueId })
    .from(events)
    .where(where);
  if (!rows.length) return [];
  const speakers = await db
    .select({ eventId: eventSpeakers.eventId, personId: eventSpeakers.personId })
    .from(eventSpeakers)
    .where(inArray(eventSpeakers.eventId, rows.map((r) => r.id)));
  return rows.map((r) => ({ ...r, speakerPersonIds: speakers.filter((s) => s.eventId === r.id).map((s) => s.personId) }));
}

/** Clashes of one event with every other event that is not cancelled. */
export async function findConflictsFor(db: Db, eventId: string): Promise<(Conflict & { personName?: string })[]> {
  const [self] = await candidates(db, eq(events.id, eventId));
  if (!self) return [];
  const others = await candidates(db, and(ne(events.id, eventId), ne(events.status, "cancelled"), lt(events.startsAt, self.endsAt), gt(events.endsAt, self.startsAt)));
  const found = findConflicts(self, others);
  const personIds = found.flatMap((c) => (c.kind === "speaker" ? [c.personId] : []));
  if (!personIds.length) return found;
  const names = await db.select().from(people).where(inArray(people.id, personIds));
  return found.map((c) => (c.kind === "speaker" ? { ...c, personName: personName(names.find((n) => n.id === c.personId) ?? { givenName: "", familyName: "" }) } : c));
}

type OpenConflict = { a: { id: string; title: string }; b: { id: string; title: string }; kind: Conflict["kind"]; personId?: string };

/**
 * Every open clash among events from `from` on, each pair once (for the
 * dashboard and the calendar), the earlier event first. The database pairs
 * the events (the same venue, or a speaker booked at both, at overlapping
 * times: half-open, as `overlaps` in ./conflicts.ts), so the cost follows the
 * clashes, not the square of the events ahead.
 */
export async function listOpenConflicts(db: Db, from: Date): Promise<OpenConflict[]> {
  type Row = { a_id: string; a_title: string; b_id: string; b_title: string; kind: Conflict["kind"]; person_id: string | null };
  const result = await db.execute<Row>(sql`
    with open_events as (
      select id, title, starts_at, ends_at, venue_id from ${events}
      where status <> 'cancelled' and ends_at > ${from.toISOString()}::timestamptz
    ),
    pairs as (
      select a.id as a_id, b.id as b_id, 'venue' as kind, null::uuid as person_id
      from open_events a join open_events b on b.venue_id = a.venue_id
      where (a.starts_at, a.id) < (b.starts_at, b.id) and a.starts_at < b.ends_at and b.starts_at < a.ends_at
      union
      select a.id, b.id, 'speaker', sa.person_id
      from ${eventSpeakers} sa
      join ${eventSpeakers} sb on sb.person_id = sa.person_id and sb.event_id <> sa.event_id
      join open_events a on a.id = sa.event_id
      join open_events b on b.id = sb.event_id
      where (a.starts_at, a.id) < (b.starts_at, b.id) and a.starts_at < b.ends_at and b.starts_at < a.ends_at
    )
    select p.a_id, a.title as a_title, p.b_id, b.title as b_title, p.kind, p.person_id
    from pairs p join open_events a on a.id = p.a_id join open_events b on b.id = p.b_id
    order by a.starts_at, a.id, b.starts_at, b.id, p.kind desc, p.person_id
  `);
  // postgres.js answers with the rows, PGlite with { rows }.
  const rows = (Array.isArray(result) ? result : (result as unknown as { rows: Row[] }).rows) as Row[];
  return rows.map((r) => ({
    a: { id: r.a_id, title: r.a_title },
    b: { id: r.b_id, title: r.b_title },
    kind: r.kind,
    personId: r.kind === "speaker" && r.person_id ? r.person_id : undefined,
  }));
}
