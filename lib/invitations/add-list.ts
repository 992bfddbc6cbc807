import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { emailSuppressions, invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { listMembersCondition } from "@/lib/people/list-rule";
import { getContactList, type ContactList } from "@/lib/people/lists";
import { listedPersonColumns } from "@/lib/people/queries";
import { lockEvent } from "./capacity";
import { addPeopleWhere } from "./mutations";
import type { InvitationStatus } from "./status";

// "Add a list" on an event's Guests tab: who of a contact list would be put
// on the guest list, who already is, and who is left out and why; then the
// adding itself, by the guest list's one way in (addPeopleWhere).

export type SkipReason = "no_email" | "opted_out" | "suppressed";

export const SKIP_REASONS: Record<SkipReason, string> = {
  no_email: "No email address",
  opted_out: "Asked for no more invitations",
  suppressed: "Email address stopped after a bounce or complaint",
};

const person = (column: string) => sql.raw(`"people"."${column}"`);

/** Stopped addresses: email_suppressions holds them lower-cased (lib/email/suppressions.ts). */
const suppressedSql = sql`exists (select 1 from ${emailSuppressions} s where s."email" = lower(${person("email")}))`;

/** Who of a list may be invited by email at all. */
export const invitableSql = sql`${person("email")} is not null and ${person("opted_out_at")} is null and not ${suppressedSql}`;

const SHOWN = 200;

export type PreviewPerson = { id: string; honorific: string | null; givenName: string; familyName: string; positionTitle: string | null; affiliation: string | null; email: string | null };
export type ListPreview = {
  list: ContactList;
  total: number;
  toAdd: { count: number; people: PreviewPerson[] };
  already: { count: number; people: (PreviewPerson & { status: InvitationStatus })[] };
  skipped: { count: number; people: (PreviewPerson & { reason: SkipReason })[] };
};

/**
 * What "Add N guests" would do, read in one query: members of the list with
 * their invitation to this event, if any, and whether their address is
 * stopped. Up to 200 of each group are named; the counts are whole.
 */
export async function previewListForEvent(db: Db, eventId: string, listId: string): Promise<ListPreview | null> {
  const list = await getContactList(db, listId);
  if (!list) return null;
  const rows = await db
    .select({
      id: people.id,
      ...listedPersonColumns,
      optedOut: sql<boolean>`${person("opted_out_at")} is not null`,
      suppressed: sql<boolean>`${suppressedSql}`,
      status: invitations.status,
    })
    .from(people)
    .leftJoin(invitations, and(eq(invitations.eventId, eventId), eq(invitations.personId, people.id)))
    .where(listMembersCondition(list))
    .orderBy(asc(people.familyName), asc(people.givenName), asc(people.id));
  const preview: ListPreview = { list, total: rows.length, toAdd: { count: 0, people: [] }, already: { count: 0, people: [] }, skipped: { count: 0, people: [] } };
  for (const { optedOut, suppressed, status, ...p } of rows) {
    if (status && status !== "cancelled") {
      preview.already.count++;
      if (preview.already.people.length < SHOWN) preview.already.people.push({ ...p, status });
      continue;
    }
    const reason: SkipReason | null = !p.email ? "no_email" : optedOut ? "opted_out" : suppressed ? "suppressed" : null;
    if (reason) {
      preview.skipped.count++;
      if (preview.skipped.people.length < SHOWN) preview.skipped.people.push({ ...p, reason });
      continue;
    }
    preview.toAdd.count++;
    if (preview.toAdd.people.length < SHOWN) preview.toAdd.people.push(p);
  }
  return preview;
}

export type ListAddResult = { list: ContactList; added: number; alreadyListed: number; skipped: number };

/**
 * Puts everyone of a list who can be invited on the guest list, not yet
 * invited, in one transaction holding the event's lock: one INSERT … SELECT
 * whatever the list's size. Adding the same list again adds nobody twice.
 */
export async function addListToEvent(db: Db, actor: Actor, eventId: string, listId: string): Promise<ListAddResult> {
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (event.status === "cancelled") throw new DomainError("This event is cancelled; guests cannot be added.");
    const list = await getContactList(tx, listId);
    if (!list) throw new DomainError("This list no longer exists. Choose another.", "listId");
    const members = listMembersCondition(list);
    const added = await addPeopleWhere(tx, actor, eventId, and(members, invitableSql) as SQL, { listId: list.id, list: list.name });
    // Counted after the insert: everyone on the guest list now, less those just added, was there before.
    const [counts] = await tx
      .select({
        total: sql<number>`count(*)`.mapWith(Number),
        listed: sql<number>`count(*) filter (where exists (select 1 from ${invitations} i where i."event_id" = ${eventId}::uuid and i."person_id" = ${person("id")} and i."status" <> 'cancelled'))`.mapWith(Number),
      })
      .from(people)
      .where(members);
    if (counts.total === 0) throw new DomainError(`“${list.name}” has nobody in it yet.`, "listId");
    return { list, added, alreadyListed: counts.listed - added, skipped: counts.total - counts.listed };
  });
}
