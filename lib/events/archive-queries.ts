import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, ne, sql, type SQL } from "drizzle-orm";
import { assets, events, programs, recapPhotos, recaps, venues } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ArchiveFilter } from "./archive-schema";
import { coverAssets, listedPublicly, publicListingColumns, withCohostNames, withCover } from "./queries";

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

/** The rows of a page, by id: venue, published recap and lead photo only for the events shown. */
async function eventsById(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  const publishedRecap = and(eq(recaps.eventId, events.id), eq(recaps.status, "published"), eq(recaps.internalOnly, false), ne(events.attribution, "off_record"));
  const rows = await db
    .select(columns)
    .from(events)
    .leftJoin(venues, eq(venues.id, events.venueId))
    .leftJoin(coverAssets, withCover)
    .leftJoin(recaps, publishedRecap)
    .leftJoin(recapPhotos, and(eq(recapPhotos.recapId, recaps.id), eq(recapPhotos.isLead, true)))
    .leftJoin(assets, eq(assets.id, recapPhotos.assetId))
    .where(inArray(events.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

export type ArchiveEvent = Awaited<ReturnType<typeof eventsById>>[number] & { cohosts: string[] };

/**
 * A page of the archive in two steps: the ids of the events shown (the
 * search and filters run once per section, the past's total counted in the
 * same pass), then those events' venues, recaps and co-hosts by id.
 */
export async function searchArchive(db: Db, filter: ArchiveFilter, opts: { now?: Date; pageSize?: number } = {}) {
  const now = opts.now ?? new Date();
  const pageSize = opts.pageSize ?? 20;
  const where = conditions(filter);
  const pastWhere = and(...where, lt(events.endsAt, now));
  const [upcomingIds, pastIds] = await Promise.all([
    filter.page === 1
      ? db.select({ id: events.id }).from(events).where(and(...where, gte(events.endsAt, now))).orderBy(asc(events.startsAt)).limit(50)
      : Promise.resolve([]),
    db
      .select({ id: events.id, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(events)
      .where(pastWhere)
      .orderBy(desc(events.startsAt), asc(events.id))
      .limit(pageSize)
      .offset((filter.page - 1) * pageSize),
  ]);
  const ids = [...upcomingIds.map((r) => r.id), ...pastIds.map((r) => r.id)];
  const [rows, withHosts, total] = await Promise.all([
    eventsById(db, ids),
    withCohostNames(db, ids.map((id) => ({ id }))),
    // A page past the end has no row to carry the total.
    pastIds.length ? pastIds[0].total : db.select({ total: sql<number>`count(*)`.mapWith(Number) }).from(events).where(pastWhere).then(([r]) => r.total),
  ]);
  const hosts = new Map(withHosts.map((h) => [h.id, h.cohosts]));
  const full = rows.map((r) => ({ ...r, cohosts: hosts.get(r.id) ?? [] }));
  const upcomingCount = upcomingIds.length;
  return {
    upcoming: full.filter((_, i) => i < upcomingCount),
    past: full.filter((_, i) => i >= upcomingCount),
    pastTotal: total,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
    pageSize,
  };
}

/**
 * The choices of the archive's filters: programmes and years that have
 * listed events. Each is asked of the index ("is there one?"), never by
 * reading every event: a handful of programmes, a few dozen years.
 */
export async function archiveFilterOptions(db: Db) {
  const listed = listedPublicly() as SQL;
  const [programRows, yearRows] = await Promise.all([
    db
      .select({ slug: programs.slug, name: programs.name })
      .from(programs)
      .where(sql`exists (select 1 from ${events} where ${events.programId} = ${programs.id} and ${listed})`)
      .orderBy(programs.name),
    // From a year before the first listed event to a year after the last (an
    // event's own zone may put it in either), the years with one, each found
    // by a range on events_starts_at_idx. The lateral `limit 1` keeps it a
    // lookup per year: as `exists`, PostgreSQL hashes every listed event; and
    // `order by starts_at` makes it walk the index to the first one, where it
    // would otherwise gather a bitmap of the whole year (9 ms against 39 ms at
    // 100 000 events).
    db.execute<{ year: number }>(sql`
      select y as year
      from generate_series(
        (select extract(year from min(${events.startsAt}))::int - 1 from ${events} where ${listed}),
        (select extract(year from max(${events.startsAt}))::int + 1 from ${events} where ${listed})
      ) as y
      cross join lateral (
        select 1 from ${events}
        where ${listed}
          and ${events.startsAt} >= make_timestamptz(y, 1, 1, 0, 0, 0, 'UTC') - interval '14 hours'
          and ${events.startsAt} < make_timestamptz(y + 1, 1, 1, 0, 0, 0, 'UTC') + interval '14 hours'
          and extract(year from ${events.startsAt} at time zone ${events.timeZone}) = y
        order by ${events.startsAt}
        limit 1
      ) as listed
      order by y desc`),
  ]);
  const years = (Array.isArray(yearRows) ? yearRows : (yearRows as { rows: { year: number }[] }).rows).map((r) => Number(r.year));
  return { programs: programRows, years };
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
