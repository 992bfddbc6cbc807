import "server-only";
import { and, asc, eq, inArray } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { isUuid } from "@/lib/ids";

/** Ids chosen on the guest list (?ids=…&ids=…), well-formed ones only, at most 10 000. */
export function chosenIds(raw: string | string[] | undefined): string[] {
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return [...new Set(list.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(isUuid))].slice(0, 10_000);
}

/** The chosen guests of this event (ids of other events are dropped), with their names. */
export async function chosenGuests(db: Db, eventId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: invitations.id, status: invitations.status, honorific: people.honorific, givenName: people.givenName, familyName: people.familyName, email: people.email })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), inArray(invitations.id, ids)))
    .orderBy(asc(people.familyName), asc(people.givenName));
}
