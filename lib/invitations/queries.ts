import "server-only";
import { type GuestSort, precedenceOrderSql } from "@/lib/seating/precedence-sql";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { events, invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { containing } from "@/lib/db/like";
import { listedPersonColumns } from "@/lib/people/queries";
import { notProposedDelegateSql, seatsSql, waitlistStanding } from "./capacity";
import { type AnswersOnDay, timelineFromCounts } from "./timeline";
import { hashGuestToken, isWellFormedGuestToken } from "./tokens";
import { INVITATION_STATUSES, type InvitationStatus } from "./status";
import { perDatabase } from "@/db/per-database";
import { rowsOf } from "@/lib/db/rows";
import type { NamedPerson } from "@/lib/people/display-name";
import type { SentEmail } from "./guest-row-views";

/** A value the database sent as JSON: postgres.js parses it, a driver that does not leaves a string. */
const fromJson = <T>(v: unknown): T => (typeof v === "string" ? JSON.parse(v) : v) as T;

/**
 * The guest behind a personal link, with what their page shows; null for a
 * malformed, unknown or revoked link, and for an event not (or no longer)
 * scheduled or cancelled, so every failure looks the same from outside.
 * Reads only: opening the link any number of times changes nothing.
 */
export async function findGuestByToken(db: Db, token: string) {
  if (!isWellFormedGuestToken(token)) return null;
  const invitation = await guestByTokenQuery(db).execute({ tokenHash: hashGuestToken(token) });
  if (!invitation || invitation.event.status === "draft") return null;
  const standing = invitation.status === "waitlisted" ? await waitlistStanding(db, invitation.id) : null;
  return { ...invitation, waitlistPosition: standing?.position ?? null, waitlistStanding: standing };
}

export type GuestPage = NonNullable<Awaited<ReturnType<typeof findGuestByToken>>>;

function prepareGuestByToken(db: Db) {
  return db.query.invitations
    .findFirst({
      where: eq(invitations.tokenHash, sql.placeholder("tokenHash")),
      with: {
        person: { columns: { honorific: true, givenName: true, familyName: true, positionTitle: true, affiliation: true, email: true } },
        event: {
          with: {
            venue: true,
            cohosts: { with: { organization: { columns: { name: true } } }, orderBy: (c, { asc: a }) => [a(c.position)] },
          },
        },
      },
    })
    .prepare("guest_by_token");
}

// Every guest page runs this query, and building its SQL cost drizzle more
// CPU than PostgreSQL spends answering it: built once per database handle.
const guestByTokenQuery = perDatabase(prepareGuestByToken);

export type GuestCounts = {
  total: number;
  notSent: number;
  invited: number;
  accepted: number;
  seats: number;
  declined: number;
  waitlisted: number;
  noAnswer: number;
  delegatePending: number;
  checkedIn: number;
};

/** Guest-list numbers from per-status sums (seats by `seatsSql`, the rule capacity uses). */
export function countsFromStatuses(byStatus: readonly { status: InvitationStatus; n: number; seats: number; arrived: number }[]): GuestCounts {
  const n = (status: InvitationStatus) => byStatus.find((r) => r.status === status)?.n ?? 0;
  const sum = (of: (r: (typeof byStatus)[number]) => number) => byStatus.reduce((total, r) => total + of(r), 0);
  const all = sum((r) => r.n);
  return {
    total: all - n("cancelled"),
    notSent: n("not_sent"),
    invited: all - n("not_sent") - n("cancelled"),
    accepted: n("accepted"),
    seats: sum((r) => r.seats),
    declined: n("declined"),
    waitlisted: n("waitlisted"),
    noAnswer: n("invited"),
    delegatePending: n("delegate_pending"),
    checkedIn: sum((r) => r.arrived),
  };
}

// Every event page's frame shows the count (its Guests tab): the SQL is built once per database.
const guestCountsQuery = perDatabase((db: Db) =>
  db
    .select({
      status: invitations.status,
      n: sql<number>`count(*)::int`,
      seats: seatsSql,
      arrived: sql<number>`count(${invitations.checkedInAt})::int`,
    })
    .from(invitations)
    .where(and(eq(invitations.eventId, sql.placeholder("eventId")), notProposedDelegateSql))
    .groupBy(invitations.status)
    .prepare("guest_counts"),
);

/**
 * The numbers at the top of the guest list, in one pass over the event's
 * invitations: a few sums per status, which the index on (event, status,
 * source, plus-ones, arrival) answers without reading the table. Ten
 * filtered counts over every row cost 25 ms at 20 000 guests.
 */
export async function guestCounts(db: Db, eventId: string): Promise<GuestCounts> {
  const rows = await guestCountsQuery(db).execute({ eventId });
  return countsFromStatuses(rows.map((r) => ({ status: r.status, n: Number(r.n), seats: Number(r.seats), arrived: Number(r.arrived) })));
}

export function isInvitationStatus(s: string | undefined): s is InvitationStatus {
  return (INVITATION_STATUSES as readonly string[]).includes(s ?? "");
}

export const GUEST_PAGE_SIZE = 50;

/**
 * One page of an event's guest list, filtered by status and a search over
 * name, affiliation and email, with how many guests match. A caller that
 * knows that number already (without a search it is the count of the answer
 * in guestCounts) passes it, or the promise of it, as `total`, and the count
 * is not run again.
 */
export async function listGuests(db: Db, eventId: string, opts: { status?: InvitationStatus; q?: string; page?: number; sort?: GuestSort; total?: number | Promise<number> } = {}) {
  const q = opts.q?.trim().toLowerCase();
  const page = Math.max(1, opts.page ?? 1);
  const shape: GuestListShape = { byStatus: Boolean(opts.status), search: Boolean(q), sort: opts.sort === "precedence" ? "precedence" : "name" };
  const { list, count } = guestListStatements(shape)(db);
  const values = { eventId, status: opts.status ?? null, pattern: q ? containing(q) : null, limit: GUEST_PAGE_SIZE, offset: (page - 1) * GUEST_PAGE_SIZE };
  const known = q ? undefined : opts.total;
  const [rows, total] = await Promise.all([list.execute(values), known ?? count.execute(values).then(([row]) => Number(row.total))]);
  // Each row's emails, read from their JSON in place (fifty rows' columns are not copied).
  type Row = Omit<(typeof rows)[number], "emails"> & { emails: SentEmail[] };
  for (const row of rows as { emails: unknown }[]) {
    row.emails = fromJson<{ template: string; kind: string | null; status: string; at: string }[]>(row.emails).map((e): SentEmail => ({ ...e, at: new Date(e.at) }));
  }
  return { rows: rows as unknown as Row[], total, page, pages: Math.max(1, Math.ceil(total / GUEST_PAGE_SIZE)) };
}

/** What changes a guest list's statements: a filter by answer, a search, the order. The rest (event, answer, words, page) are values. */
type GuestListShape = { byStatus: boolean; search: boolean; sort: GuestSort };

// The list and its count, built and prepared once per shape and database
// handle (eight shapes): drizzle's building of them cost the page more CPU
// than PostgreSQL spent answering.
const guestListShapes = new Map<string, (db: Db) => ReturnType<typeof prepareGuestList>>();
function guestListStatements(shape: GuestListShape) {
  const key = `${shape.byStatus ? "status" : "all"}_${shape.search ? "search" : "all"}_${shape.sort}`;
  let statements = guestListShapes.get(key);
  if (!statements) {
    statements = perDatabase((db: Db) => prepareGuestList(db, shape, key));
    guestListShapes.set(key, statements);
  }
  return statements;
}

function prepareGuestList(db: Db, shape: GuestListShape, key: string) {
  // With a search or in precedence order: the event's guests first, then each
  // one's name by its primary key. Left to itself PostgreSQL hashes the whole
  // directory to join them (24 ms for a 2 000-guest event among 50 000 people);
  // the lateral lookup, which it cannot turn into a hash join, takes 7 ms.
  // In name order without a search, the page is read from the invitations'
  // own copy of the names (invitations_event_name_order_idx, kept by the
  // database's triggers): fifty rows in index order however big the event,
  // and only those fifty names looked up. A search or the precedence order
  // needs every guest's person row, as before.
  const byNameIndex = !shape.search && shape.sort !== "precedence";
  const limit = sql.placeholder("limit");
  const offset = sql.placeholder("offset");
  const guestsOfEvent = () =>
    db
      .select({
        id: invitations.id,
        personId: invitations.personId,
        status: invitations.status,
        source: invitations.source,
        plusOneName: invitations.plusOneName,
        dietary: invitations.dietary,
        accessibility: invitations.accessibility,
        message: invitations.message,
        invitedAt: invitations.invitedAt,
        respondedAt: invitations.respondedAt,
        checkedInAt: invitations.checkedInAt,
        bouncedAt: invitations.bouncedAt,
        onBehalfOfName: invitations.onBehalfOfName,
        sortFamilyName: invitations.sortFamilyName,
        sortGivenName: invitations.sortGivenName,
      })
      .from(invitations)
      .where(
        and(
          eq(invitations.eventId, sql.placeholder("eventId")),
          notProposedDelegateSql,
          shape.byStatus ? sql`${invitations.status} = ${sql.placeholder("status")}` : sql`${invitations.status} <> 'cancelled'`,
        ),
      )
      .$dynamic();
  const pageOfGuests = guestsOfEvent();
  if (byNameIndex) {
    pageOfGuests.orderBy(asc(invitations.sortFamilyName), asc(invitations.sortGivenName), asc(invitations.id)).limit(limit).offset(offset);
  }
  const guests = pageOfGuests.as("guests");
  // `limit 1` keeps PostgreSQL from flattening the lateral subquery into a plain (hashable) join.
  const person = db
    .select({ id: people.id, searchText: people.searchText, precedenceClass: people.precedenceClass, credentialsDate: people.credentialsDate, optedOutAt: people.optedOutAt, optedOutVia: people.optedOutVia, ...listedPersonColumns })
    .from(people)
    .where(eq(people.id, guests.personId))
    .limit(1)
    .as("person");
  const search = shape.search ? sql`${person.searchText} like ${sql.placeholder("pattern")}` : undefined;
  const listed = db
    .select({
      id: guests.id,
      status: guests.status,
      source: guests.source,
      plusOneName: guests.plusOneName,
      dietary: guests.dietary,
      accessibility: guests.accessibility,
      message: guests.message,
      invitedAt: guests.invitedAt,
      respondedAt: guests.respondedAt,
      checkedInAt: guests.checkedInAt,
      bouncedAt: guests.bouncedAt,
      onBehalfOfName: guests.onBehalfOfName,
      personId: person.id,
      honorific: person.honorific,
      givenName: person.givenName,
      familyName: person.familyName,
      positionTitle: person.positionTitle,
      affiliation: person.affiliation,
      email: person.email,
      optedOutAt: person.optedOutAt,
      optedOutVia: person.optedOutVia,
      // What each guest was sent, and when (or when it is due), in the same statement.
      emails: sql<unknown>`(select coalesce(json_agg(json_build_object('template', o.template, 'kind', coalesce(o.props->>'kind', o.props->>'outcome'), 'status', o.status, 'at', coalesce(o.sent_at, o.send_after)) order by o.created_at), '[]'::json) from email_outbox o where o.invitation_id = ${guests.id})`,
    })
    .from(guests)
    .innerJoinLateral(person, sql`true`)
    .where(search)
    .$dynamic();
  if (byNameIndex) listed.orderBy(asc(guests.sortFamilyName), asc(guests.sortGivenName), asc(guests.id));
  else {
    listed
      .orderBy(...(shape.sort === "precedence" ? precedenceOrderSql(person) : [asc(person.familyName), asc(person.givenName)]), asc(guests.id))
      .limit(limit)
      .offset(offset);
  }
  const total = sql<string>`count(*)`.mapWith(Number);
  const count = search
    ? db.select({ total }).from(guests).innerJoinLateral(person, sql`true`).where(search)
    : // Without a search, the count needs no names.
      db.select({ total }).from(guestsOfEvent().as("guests"));
  return { list: listed.prepare(`guest_list_${key}`), count: count.prepare(`guest_count_${key}`) };
}

export type GuestRow = Awaited<ReturnType<typeof listGuests>>["rows"][number];

/** The whole list, for the CSV export and the printed list. */
export async function listGuestsForExport(db: Db, eventId: string, sort: GuestSort = "name") {
  return db
    .select({
      status: invitations.status,
      plusOneName: invitations.plusOneName,
      dietary: invitations.dietary,
      accessibility: invitations.accessibility,
      onBehalfOfName: invitations.onBehalfOfName,
      onBehalfOfEmail: invitations.onBehalfOfEmail,
      checkedInAt: invitations.checkedInAt,
      ...listedPersonColumns,
    })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), sql`${invitations.status} <> 'cancelled'`, notProposedDelegateSql))
    .orderBy(...(sort === "precedence" ? precedenceOrderSql(people) : [asc(people.familyName), asc(people.givenName)]), asc(invitations.id));
}

/**
 * How the current send is going: invitation emails of this event still
 * queued, and those sent or failed since the oldest one still queued.
 */
const deliverySql = (eventId: string) => sql`
  select count(*) filter (where o.status in ('pending', 'sending'))::int as queued,
         count(*) filter (where o.status = 'sent')::int as sent,
         count(*) filter (where o.status in ('failed', 'suppressed'))::int as failed
  from email_outbox o
  where o.event_id = ${eventId} and o.template = 'invitation'
    and o.created_at >= coalesce((select min(q.created_at) from email_outbox q where q.event_id = ${eventId} and q.template = 'invitation' and q.status in ('pending', 'sending')), now())`;

export type InvitationDelivery = { queued: number; sent: number; failed: number };

const deliveryFrom = (row: Partial<InvitationDelivery> | null | undefined): InvitationDelivery => ({ queued: Number(row?.queued ?? 0), sent: Number(row?.sent ?? 0), failed: Number(row?.failed ?? 0) });

export async function invitationDelivery(db: Db, eventId: string): Promise<InvitationDelivery> {
  return deliveryFrom(rowsOf<InvitationDelivery>(await db.execute(deliverySql(eventId)))[0]);
}

/** Invitations of this event among the given ids: the rest are refused as from elsewhere. */
export async function invitationsOfEvent(db: Db, eventId: string, ids: readonly string[]): Promise<string[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ id: invitations.id })
    .from(invitations)
    .where(and(eq(invitations.eventId, eventId), inArray(invitations.id, [...ids])));
  return rows.map((r) => r.id);
}

/** An event's public listing fields for registration checks. */
export async function eventForRegistration(db: Db, slug: string) {
  const [event] = await db.select().from(events).where(eq(events.slug, slug));
  return event ?? null;
}

type TimelineEvent = { id: string; endsAt: Date; timeZone: string };

/**
 * The answers by day and the first invitation's time, as two columns of a
 * statement: counted in the database, so a 2 000-guest list sends back a few
 * dozen rows, not 2 000.
 */
const timelineColumnsSql = (event: TimelineEvent) => sql`
  (select min(${invitations.invitedAt}) from invitations where ${invitations.eventId} = ${event.id} and ${notProposedDelegateSql}) as first_invited,
  (select coalesce(json_agg(json_build_object('day', to_char(a.day, 'YYYY-MM-DD'), 'status', a.status::text, 'count', a.n)), '[]'::json)
     -- Grouped by date and status as they are, and written out once per group, not once per answer.
     from (select (${invitations.respondedAt} at time zone ${event.timeZone})::date as day, ${invitations.status} as status, count(*)::int as n
           from invitations
           where ${invitations.eventId} = ${event.id} and ${notProposedDelegateSql} and ${invitations.respondedAt} is not null
           group by 1, 2) a) as answers`;

type TimelineColumns = { first_invited: Date | string | null; answers: unknown };

function timelineFrom(row: TimelineColumns | undefined, event: TimelineEvent, now: Date) {
  if (!row?.first_invited) return [];
  return timelineFromCounts(fromJson<AnswersOnDay[]>(row.answers), {
    from: new Date(row.first_invited),
    until: new Date(Math.min(now.getTime(), event.endsAt.getTime())),
    timeZone: event.timeZone,
  });
}

/** The event's answers day by day, from the first invitation to today (or the event, if over). */
export async function answerTimeline(db: Db, event: TimelineEvent, now = new Date()) {
  return timelineFrom(rowsOf<TimelineColumns>(await db.execute(sql`select ${timelineColumnsSql(event)}`))[0], event, now);
}

/**
 * What the guest list shows around its rows, in one statement (each was a
 * round trip of its own, and every round trip costs the server as much as a
 * small query costs the database): how the current send is going, the
 * delegates awaiting a decision (by the invitation they would replace), whether
 * the event has a table plan, and the answers by day.
 */
export async function guestListSurroundings(db: Db, event: TimelineEvent, now = new Date()) {
  const [row] = rowsOf<TimelineColumns & { delivery: unknown; delegates: unknown; seated: boolean }>(
    await db.execute(sql`
      select
        (select row_to_json(d) from (${deliverySql(event.id)}) d) as delivery,
        (select coalesce(json_agg(json_build_object('originalId', ${invitations.delegatedFromId}, 'honorific', ${people.honorific}, 'givenName', ${people.givenName},
                  'familyName', ${people.familyName}, 'positionTitle', ${people.positionTitle}, 'affiliation', ${people.affiliation})), '[]'::json)
           from invitations join people on ${people.id} = ${invitations.personId}
           where ${invitations.eventId} = ${event.id} and not ${notProposedDelegateSql} and ${invitations.delegatedFromId} is not null) as delegates,
        exists (select 1 from event_tables t where t.event_id = ${event.id}) as seated,
        ${timelineColumnsSql(event)}`),
  );
  const delegates = new Map<string, NamedPerson>();
  for (const { originalId, ...person } of fromJson<(NamedPerson & { originalId: string })[]>(row?.delegates ?? "[]")) delegates.set(originalId, person);
  return {
    delivery: deliveryFrom(fromJson<InvitationDelivery | null>(row?.delivery ?? null)),
    delegates,
    seated: Boolean(row?.seated),
    timeline: timelineFrom(row, event, now),
  };
}

/** One guest of this event with their person row; null for an invitation of another event (or none). */
export async function getGuestOfEvent(db: Db, eventId: string, invitationId: string) {
  const [row] = await db
    .select({ invitation: invitations, person: people })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.id, invitationId), eq(invitations.eventId, eventId)));
  return row ?? null;
}

/** The chosen guests of this event (ids of other events are dropped), with their names. */
export async function listChosenGuests(db: Db, eventId: string, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({ id: invitations.id, status: invitations.status, honorific: people.honorific, givenName: people.givenName, familyName: people.familyName, email: people.email })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), inArray(invitations.id, ids)))
    .orderBy(asc(people.familyName), asc(people.givenName));
}

/** The accepted guests of an event with what the caterer needs (lib/invitations/catering.ts sums them). */
export async function listAcceptedForCatering(db: Db, eventId: string) {
  return db
    .select({ honorific: people.honorific, givenName: people.givenName, familyName: people.familyName, dietary: invitations.dietary, plusOneName: invitations.plusOneName })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), eq(invitations.status, "accepted")));
}

/** Which of these people are on the event's guest list (a cancelled invitation does not count). */
export async function peopleOnGuestList(db: Db, eventId: string, personIds: readonly string[]): Promise<Set<string>> {
  if (!personIds.length) return new Set();
  const listed = await db
    .select({ personId: invitations.personId, status: invitations.status })
    .from(invitations)
    .where(and(eq(invitations.eventId, eventId), inArray(invitations.personId, [...personIds])));
  return new Set(listed.filter((l) => l.status !== "cancelled").map((l) => l.personId));
}

/** How many guests are on the list, to size a send before it starts. */
export async function countNotSent(db: Db, eventId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<string>`count(*)` })
    .from(invitations)
    .where(and(eq(invitations.eventId, eventId), eq(invitations.status, "not_sent"), notProposedDelegateSql));
  return Number(row.n);
}
