import { eq, inArray } from "drizzle-orm";
import { agendaItems, events, eventSpeakers, invitations, organizations, people, programs, venues } from "@/db/schema";
import type { Db } from "@/db/types";
import { personName } from "@/lib/people/display-name";
import type { Ref, RefKind } from "./refs";

/** Names by id for the records that still exist; ids not found are left out. */
export async function lookUpLabels(db: Db, refs: readonly Ref[]): Promise<Record<string, string>> {
  const byKind = new Map<RefKind, string[]>();
  for (const r of refs) byKind.set(r.kind, [...(byKind.get(r.kind) ?? []), r.id]);
  const labels: Record<string, string> = {};
  const put = (rows: { id: string; label: string }[]) => {
    for (const row of rows) labels[row.id] = row.label;
  };
  const person = { honorific: people.honorific, givenName: people.givenName, familyName: people.familyName };
  const named = (rows: { id: string; honorific: string | null; givenName: string; familyName: string }[]) => rows.map((r) => ({ id: r.id, label: personName(r) }));
  for (const [kind, ids] of byKind) {
    switch (kind) {
      case "venue":
        put(await db.select({ id: venues.id, label: venues.name }).from(venues).where(inArray(venues.id, ids)));
        break;
      case "organization":
        put(await db.select({ id: organizations.id, label: organizations.name }).from(organizations).where(inArray(organizations.id, ids)));
        break;
      case "program":
        put(await db.select({ id: programs.id, label: programs.name }).from(programs).where(inArray(programs.id, ids)));
        break;
      case "event":
        put(await db.select({ id: events.id, label: events.title }).from(events).where(inArray(events.id, ids)));
        break;
      case "agenda_item":
        put(await db.select({ id: agendaItems.id, label: agendaItems.title }).from(agendaItems).where(inArray(agendaItems.id, ids)));
        break;
      case "person":
        put(named(await db.select({ id: people.id, ...person }).from(people).where(inArray(people.id, ids))));
        break;
      case "invitation":
        put(named(await db.select({ id: invitations.id, ...person }).from(invitations).innerJoin(people, eq(people.id, invitations.personId)).where(inArray(invitations.id, ids))));
        break;
      case "speaker":
        put(named(await db.select({ id: eventSpeakers.id, ...person }).from(eventSpeakers).innerJoin(people, eq(people.id, eventSpeakers.personId)).where(inArray(eventSpeakers.id, ids))));
        break;
      default:
        kind satisfies never;
    }
  }
  return labels;
}
