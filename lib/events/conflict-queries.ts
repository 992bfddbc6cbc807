import "server-only";
import { and, eq, gt, inArray, lt, ne, type SQL } from "drizzle-orm";
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

/** Every open clash among events from `from` on, each pair once (for the dashboard). */
export async function listOpenConflicts(db: Db, from: Date) {
  const all = await candidates(db, and(ne(events.status, "cancelled"), gt(events.endsAt, from)));
  const seen = new Set<string>();
  const out: { a: { id: string; title: string }; b: { id: string; title: string }; kind: Conflict["kind"]; personId?: string }[] = [];
  for (const event of all) {
    for (const c of findConflicts(event, all)) {
      const key = [event.id, c.eventId].sort().join(":") + c.kind + (c.kind === "speaker" ? c.personId : "");
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ a: { id: event.id, title: event.title }, b: { id: c.eventId, title: c.eventTitle }, kind: c.kind, personId: c.kind === "speaker" ? c.personId : undefined });
    }
  }
  return out;
}
