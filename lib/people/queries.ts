import "server-only";
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from "drizzle-orm";
import { events, eventSpeakers, invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { containing } from "@/lib/db/like";
import { isPersonId } from "./schema";

export type Person = typeof people.$inferSelect;

/** The columns that name a person with their title and affiliation, as display-name.ts writes them out. */
export const namedPersonColumns = {
  honorific: people.honorific,
  givenName: people.givenName,
  familyName: people.familyName,
  positionTitle: people.positionTitle,
  affiliation: people.affiliation,
};

/** A person as lists and files carry them (ListedPerson): the name's parts and the email. */
export const listedPersonColumns = { ...namedPersonColumns, email: people.email };

const listColumns = { id: people.id, ...listedPersonColumns };

/**
 * Every word must appear somewhere in name, affiliation or email, so
 * "clark helen" finds Helen Clark. Each word is its own ILIKE on the
 * lower-cased search_text, which the trigram GIN index answers.
 */
export function searchCondition(q: string | undefined): SQL | undefined {
  const words = (q ?? "").normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(...words.map((w) => sql`${people.searchText} ilike ${containing(w)}`));
}

const directoryOrder = [asc(people.familyName), asc(people.givenName), asc(people.id)];

/**
 * How far a search counts its matches. Past it, the page says "more than
 * 2,000" instead of a number: counting every match of a broad search ("united
 * nations" in a directory of 500 000) costs the database as much again as the
 * page itself, and grows with the directory; a number past a couple of
 * thousand tells staff only to narrow the search.
 */
export const PEOPLE_COUNT_CAP = 2000;

export type PeopleSearch = {
  people: PersonListRow[];
  /** Every match when `more` is false; otherwise PEOPLE_COUNT_CAP, and there are more. */
  total: number;
  more: boolean;
  /** Whether a page follows this one (known from one row past it, whatever the count). */
  hasNext: boolean;
};

const rowColumns = { ...listColumns, optedOutAt: people.optedOutAt, optedOutVia: people.optedOutVia };
type RowKey = keyof typeof rowColumns;
const ROW_KEYS = Object.keys(rowColumns) as RowKey[];

/**
 * One page of the directory in name order, and how many match.
 *
 * The count comes first, capped, and chooses how the page is found; left to
 * itself, PostgreSQL guessed how many people match from each word alone and
 * chose badly both ways (measured on 500 000 people, bench/PROFILE.md):
 * - a few matches (up to the cap): all of them from the trigram index, then
 *   sorted, however the directory grows (the name order is written so that
 *   the name index cannot give it, or PostgreSQL walked 200 000 names to
 *   find "amina larsen");
 * - many: the directory is walked in name order (people_name_order_idx)
 *   and the walk stops at the last row the page shows; finding and sorting
 *   all 60 000 people of a permanent mission first cost 400 ms.
 */
export async function searchPeople(db: Db, { q, limit = 50, offset = 0, filter }: { q?: string; limit?: number; offset?: number; filter?: SQL } = {}): Promise<PeopleSearch> {
  const where = and(searchCondition(q), filter);
  const size = Math.max(0, Math.floor(limit));
  const skip = Math.max(0, Math.floor(offset));
  // Counted up to one past the cap: the scan stops there.
  const [{ n }] = await db.select({ n: count() }).from(db.select({ one: sql`1` }).from(people).where(where).limit(PEOPLE_COUNT_CAP + 1).as("matches"));
  const more = n > PEOPLE_COUNT_CAP;
  let rows: PersonListRow[];
  if (!more) {
    if (n === 0 || skip >= n) rows = [];
    else
      rows = await db
        .select(rowColumns)
        .from(people)
        .where(where)
        // The same order as directoryOrder, in words the name index does not answer.
        .orderBy(sql`${people.familyName} || ''`, sql`${people.givenName} || ''`, asc(people.id))
        .limit(size + 1)
        .offset(skip);
  } else {
    // The walk: people in name order, filtered as they come (OFFSET 0 keeps the
    // condition out of the inner query, so it cannot be answered another way).
    // Named "people", so the search and the filters read its columns.
    const walk = db.select().from(people).orderBy(...directoryOrder).offset(0).as("people");
    // The same columns as rowColumns, read from the walk.
    const walkColumns = Object.fromEntries(ROW_KEYS.map((key) => [key, walk[key]])) as { [K in RowKey]: (typeof walk)[K] };
    rows = await db
      .select(walkColumns)
      .from(walk)
      .where(where)
      .limit(size + 1)
      .offset(skip);
  }
  return { people: rows.slice(0, size), total: more ? PEOPLE_COUNT_CAP : n, more, hasNext: rows.length > size };
}
export type PersonListRow = Pick<Person, RowKey>;

/** Everyone matching the search, for the CSV export. */
export async function listPeopleForExport(db: Db, { q, filter }: { q?: string; filter?: SQL } = {}) {
  return db.select(listColumns).from(people).where(and(searchCondition(q), filter)).orderBy(...directoryOrder);
}

/** Candidates to merge into a record, with what would move, never the record itself. */
export async function findMergeCandidates(db: Db, { q, excludeId, limit = 10 }: { q: string; excludeId: string; limit?: number }) {
  const where = searchCondition(q);
  if (!where) return [];
  return db
    .select({
      ...listColumns,
      // The outer table is named in full: in a single-table query Drizzle
      // leaves column names bare, and a bare "id" would mean the subquery's own.
      speakingRoles: sql<number>`(select count(*) from ${eventSpeakers} where ${eventSpeakers.personId} = "people"."id")`.mapWith(Number),
      invitations: sql<number>`(select count(*) from ${invitations} where ${invitations.personId} = "people"."id")`.mapWith(Number),
    })
    .from(people)
    .where(and(where, ne(people.id, excludeId)))
    .orderBy(...directoryOrder)
    .limit(limit);
}

/** The event a speaking role or an invitation on a person's record belongs to. */
const eventOfRecord = { eventId: events.id, eventTitle: events.title, startsAt: events.startsAt, timeZone: events.timeZone };

/** A person with where they spoke and what they were invited to, newest event first; null for an unknown or malformed id. */
export async function getPerson(db: Db, id: string) {
  if (!isPersonId(id)) return null;
  const [person] = await db.select().from(people).where(eq(people.id, id));
  if (!person) return null;
  const [speakingRoles, invited] = await Promise.all([
    db
      .select({ id: eventSpeakers.id, ...eventOfRecord, role: eventSpeakers.role })
      .from(eventSpeakers)
      .innerJoin(events, eq(events.id, eventSpeakers.eventId))
      .where(eq(eventSpeakers.personId, id))
      .orderBy(desc(events.startsAt), asc(eventSpeakers.position)),
    db
      .select({ id: invitations.id, ...eventOfRecord, status: invitations.status })
      .from(invitations)
      .innerJoin(events, eq(events.id, invitations.eventId))
      .where(eq(invitations.personId, id))
      .orderBy(desc(events.startsAt)),
  ]);
  return { ...person, speakingRoles, invitations: invited };
}
export type PersonDetail = NonNullable<Awaited<ReturnType<typeof getPerson>>>;

const EMAIL_CHUNK = 1000;

/** People whose address matches any of these, compared case-insensitively. */
export async function findPeopleByEmails(db: Db, emails: readonly string[]): Promise<Person[]> {
  const wanted = [...new Set(emails.map((e) => e.trim().toLowerCase()).filter(Boolean))];
  const found: Person[] = [];
  // Chunked so a 50 000-row import stays under PostgreSQL's bind-parameter limit.
  for (let i = 0; i < wanted.length; i += EMAIL_CHUNK) {
    const chunk = wanted.slice(i, i + EMAIL_CHUNK);
    found.push(...(await db.select().from(people).where(inArray(sql`lower(${people.email})`, chunk))));
  }
  return found;
}
