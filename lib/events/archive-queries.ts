import "server-only";
import { and, asc, desc, eq, gte, lt, ne, sql, type SQL } from "drizzle-orm";
import { assets, events, programs, recapPhotos, recaps, venues } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ArchiveFilter } from "./archive-schema";
import { listedPublicly, publicListingColumns, withCohostNames } from "./queries";

// The public archive: every listed event, upcoming and past, filtered by
// format, programme and year, and searched with PostgreSQL full-text search
// over titles, subtitles and summaries (events_search_idx) and the bodies of
// published recaps (recaps_search_idx). Each side of the search answers from
// its own GIN index and the two are united by id, so a search stays fast
// with many thousands of events.

/** The same expressions as the indexes, so PostgreSQL can use them. */
const eventVector = sql`to_tsvector('english', coalesce(${events.title}, '') || ' ' || coalesce(${events.subtitle}, '') || ' ' || coalesce(${events.summary}, ''))`;
const recapVector = sql`to_tsvector('english', coalesce(${recaps.title}, '') || ' ' || ${recaps.body})`;

const HOUR_MS = 3_600_000;

function conditions(filter: ArchiveFilter): SQL[] {
  const where: SQL[] = [listedPublicly() as SQL, ne(events.status, "cancelled")];
  if (filter.format) where.push(eq(events.format, filter.format));
  if (filter.program) where.push(sql`${events.programId} = (select id from ${programs} where ${programs.slug} = ${filter.program})`);
  if (filter.year) {
    // The year on the event's own calendar; the range lets the index on starts_at narrow it first.
    where.push(gte(events.startsAt, new Date(Date.UTC(filter.year, 0, 1) - 14 * HOUR_MS)));
    where.push(lt(events.startsAt, new Date(Date.UTC(filter.year + 1, 0, 1) + 14 * HOUR_MS)));
    where.push(sql`extract(year from ${events.startsAt} at time zone ${events.timeZone}) = ${filter.year}`);
  }
  if (filter.q) {
    const query = sql`websearch_to_tsquery('english', ${filter.q})`;
    where.push(sql`${events.id} in (
      select ${events.id} from ${events} where ${eventVector} @@ ${query}
      union
      select ${recaps.eventId} from ${recaps} where ${recaps.status} = 'published' and not ${recaps.internalOnly} and ${recapVector} @@ ${query}
    )`);
  }
  return where;
}

const columns = {
  ...publicListingColumns,
  recapTitle: recaps.title,
  recapBody: recaps.body,
  recapPublishedAt: recaps.publishedAt,
  leadAssetId: recapPhotos.assetId,
  leadAlt: recapPhotos.altText,
  leadWidth: assets.width,
  leadHeight: assets.height,
};

function select(db: Db) {
  const publishedRecap = and(eq(recaps.eventId, events.id), eq(recaps.status, "published"), eq(recaps.internalOnly, false), ne(events.attribution, "off_record"));
  return db
    .select(columns)
    .from(events)
    .leftJoin(venues, eq(venues.id, events.venueId))
    .leftJoin(recaps, publishedRecap)
    .leftJoin(recapPhotos, and(eq(recapPhotos.recapId, recaps.id), eq(recapPhotos.isLead, true)))
    .leftJoin(assets, eq(assets.id, recapPhotos.assetId));
}

export type ArchiveEvent = Awaited<ReturnType<typeof searchArchive>>["past"][number];

export async function searchArchive(db: Db, filter: ArchiveFilter, opts: { now?: Date; pageSize?: number } = {}) {
  const now = opts.now ?? new Date();
  const pageSize = opts.pageSize ?? 20;
  const where = conditions(filter);
  const pastWhere = and(...where, lt(events.endsAt, now));
  const [upcoming, past, [{ total }]] = await Promise.all([
    filter.page === 1 ? select(db).where(and(...where, gte(events.endsAt, now))).orderBy(asc(events.startsAt)).limit(50) : Promise.resolve([]),
    select(db)
      .where(pastWhere)
      .orderBy(desc(events.startsAt), asc(events.id))
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
    db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(events).where(pastWhere),
  ]);
  const [withHostsUpcoming, withHostsPast] = await Promise.all([withCohostNames(db, upcoming), withCohostNames(db, past)]);
  return { upcoming: withHostsUpcoming, past: withHostsPast, pastTotal: total, pageCount: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}

/** The choices of the archive's filters: programmes and years that have listed events. */
export async function archiveFilterOptions(db: Db) {
  const [programRows, yearRows] = await Promise.all([
    db
      .selectDistinct({ slug: programs.slug, name: programs.name })
      .from(programs)
      .innerJoin(events, eq(events.programId, programs.id))
      .where(listedPublicly())
      .orderBy(programs.name),
    db
      .selectDistinct({ year: sql<number>`extract(year from ${events.startsAt} at time zone ${events.timeZone})::int`.mapWith(Number) })
      .from(events)
      .where(listedPublicly())
      .orderBy(sql`1 desc`),
  ]);
  return { programs: programRows, years: yearRows.map((r) => r.year) };
}

/** Every listed event for the sitemap, with when its page last changed. */
export async function listSitemapEvents(db: Db) {
  return db
    .select({
      slug: events.slug,
      lastModified: sql<Date>`greatest(${events.updatedAt}, coalesce(${recaps.publishedAt}, ${events.updatedAt}))`.mapWith((v: string | Date) => new Date(v)),
      hasRecap: sql<boolean>`${recaps.id} is not null`,
    })
    .from(events)
    .leftJoin(recaps, and(eq(recaps.eventId, events.id), eq(recaps.status, "published"), eq(recaps.internalOnly, false), ne(events.attribution, "off_record")))
    .where(listedPublicly())
    .orderBy(desc(events.startsAt))
    .limit(45_000);
}
