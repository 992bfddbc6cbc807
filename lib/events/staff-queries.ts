import "server-only";
import { and, asc, desc, eq, gte, lt, sql } from "drizzle-orm";
import { assets, events, invitations, people, venues } from "@/db/schema";
import type { Db } from "@/db/types";
import { containing } from "@/lib/db/like";
import { eventListColumns } from "./queries";
import { perDatabase } from "@/db/per-database";

const columns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  ...eventListColumns,
  capacity: events.capacity,
  venueName: venues.name,
  accepted: sql<number>`(select count(*) from ${invitations} where ${invitations.eventId} = ${events.id} and ${invitations.status} = 'accepted')`.mapWith(Number),
};

export type StaffEventRow = Awaited<ReturnType<typeof listEventsBetween>>[number];

/** Every event starting in [from, to), drafts included, soonest first. */
export async function listEventsBetween(db: Db, from: Date, to: Date) {
  return db
    .select(columns)
    .from(events)
    .leftJoin(venues, eq(venues.id, events.venueId))
    .where(and(gte(events.startsAt, from), lt(events.startsAt, to)))
    .orderBy(asc(events.startsAt));
}

export async function listDraftEvents(db: Db, limit = 10) {
  return db
    .select(columns)
    .from(events)
    .leftJoin(venues, eq(venues.id, events.venueId))
    .where(eq(events.status, "draft"))
    .orderBy(desc(events.updatedAt))
    .limit(limit);
}

/** One event with everything its staff pages show; null when the id is unknown. */
export async function getEventForStaff(db: Db, id: string) {
  const event = await eventForStaffQuery(db).execute({ id });
  return event ?? null;
}

// Every staff page of an event reads it with its venue, programme, co-hosts,
// speakers and agenda: a relational query whose SQL drizzle would otherwise
// build again on every request. Built once per database handle.
const eventForStaffQuery = perDatabase((db: Db) =>
  db.query.events
    .findFirst({
      where: eq(events.id, sql.placeholder("id")),
      with: {
        venue: true,
        program: true,
        cohosts: { with: { organization: true }, orderBy: (c, { asc: a }) => [a(c.position)] },
        speakers: { with: { person: true, agendaItems: { columns: { agendaItemId: true } } }, orderBy: (s, { asc: a }) => [a(s.role), a(s.position)] },
        agendaItems: { orderBy: (i, { asc: a }) => [a(i.startsAt), a(i.position)] },
      },
    })
    .prepare("event_for_staff"),
);

export type StaffEvent = NonNullable<Awaited<ReturnType<typeof getEventForStaff>>>;

export type EventListFilter = "upcoming" | "past" | "drafts" | "cancelled";

export async function listEventsForStaff(db: Db, opts: { filter: EventListFilter; q?: string; now?: Date; limit?: number }) {
  const now = opts.now ?? new Date();
  const text = opts.q?.trim() ? sql`${events.title} ilike ${containing(opts.q.trim())}` : undefined;
  const where = (() => {
    switch (opts.filter) {
      case "upcoming":
        return and(gte(events.endsAt, now), sql`${events.status} <> 'cancelled'`, text);
      case "past":
        return and(lt(events.endsAt, now), sql`${events.status} <> 'cancelled'`, text);
      case "drafts":
        return and(eq(events.status, "draft"), text);
      case "cancelled":
        return and(eq(events.status, "cancelled"), text);
      default:
        return opts.filter satisfies never;
    }
  })();
  return db
    .select(columns)
    .from(events)
    .leftJoin(venues, eq(venues.id, events.venueId))
    .where(where)
    .orderBy(opts.filter === "past" ? desc(events.startsAt) : asc(events.startsAt))
    .limit(opts.limit ?? 200);
}

/** The latest guest answers across events, newest first. */
export async function listLatestResponses(db: Db, limit = 8) {
  return db
    .select({
      eventId: events.id,
      eventTitle: events.title,
      status: invitations.status,
      respondedAt: invitations.respondedAt,
      honorific: people.honorific,
      givenName: people.givenName,
      familyName: people.familyName,
    })
    .from(invitations)
    .innerJoin(events, eq(events.id, invitations.eventId))
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(sql`${invitations.respondedAt} is not null`)
    .orderBy(desc(invitations.respondedAt))
    .limit(limit);
}

/** Events starting in [from, to) for the calendar, optionally at one venue or in one programme area. */
export async function listEventsForCalendar(db: Db, opts: { from: Date; to: Date; venueId?: string; programId?: string }) {
  return db
    .select(columns)
    .from(events)
    .leftJoin(venues, eq(venues.id, events.venueId))
    .where(
      and(
        gte(events.startsAt, opts.from),
        lt(events.startsAt, opts.to),
        opts.venueId ? eq(events.venueId, opts.venueId) : undefined,
        opts.programId ? eq(events.programId, opts.programId) : undefined,
      ),
    )
    .orderBy(asc(events.startsAt));
}

/** The public address of an event by its id; null when there is no such event. */
export async function getEventSlug(db: Db, id: string): Promise<string | null> {
  const [event] = await db.select({ slug: events.slug }).from(events).where(eq(events.id, id));
  return event?.slug ?? null;
}

/** The event's cover photo as the editor shows it, or null. */
export async function getEventCover(db: Db, eventId: string): Promise<{ assetId: string; alt: string; width: number | null; height: number | null } | null> {
  const [row] = await db
    .select({ assetId: assets.id, alt: events.coverAlt, width: assets.width, height: assets.height })
    .from(events)
    .innerJoin(assets, eq(assets.id, events.coverAssetId))
    .where(eq(events.id, eventId));
  return row ? { ...row, alt: row.alt ?? "" } : null;
}
