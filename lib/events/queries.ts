import "server-only";
import { and, asc, desc, eq, gte, inArray, lt, ne } from "drizzle-orm";
import type { Db } from "@/db/types";
import { alias } from "drizzle-orm/pg-core";
import { assets, eventCohosts, events, organizations, recapPhotos, recaps, venues } from "@/db/schema";

// Public reads: only scheduled or cancelled events that are not internal, and
// never anything about who was invited.
const PUBLIC_VISIBILITY = ["public", "invitation_only"] as const;

/** Listed publicly: scheduled or cancelled (never a draft), and public or by invitation (never internal). */
export function listedPublicly() {
  return and(ne(events.status, "draft"), inArray(events.visibility, [...PUBLIC_VISIBILITY]));
}

/** What every list of events shows of one: its kind, standing, rule and time. */
export const eventListColumns = {
  format: events.format,
  status: events.status,
  visibility: events.visibility,
  attribution: events.attribution,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  timeZone: events.timeZone,
};

/** The asset of an event's cover, joined under its own name (a list may join a recap's lead photo too). */
export const coverAssets = alias(assets, "cover_asset");

/** What a public listing shows of an event (the caller joins venues and coverAssets: withCover). */
export const publicListingColumns = {
  id: events.id,
  slug: events.slug,
  title: events.title,
  subtitle: events.subtitle,
  summary: events.summary,
  ...eventListColumns,
  venueName: venues.name,
  venueCity: venues.city,
  coverAssetId: coverAssets.id,
  coverAlt: events.coverAlt,
  coverWidth: coverAssets.width,
  coverHeight: coverAssets.height,
};

export const withCover = eq(coverAssets.id, events.coverAssetId);

export type PublicEventSummary = Awaited<ReturnType<typeof listUpcomingPublicEvents>>[number];

type ListOptions = { now?: Date; limit?: number };

/** Scheduled events the public may see, with venue and co-host names: still to end (soonest first) or ended (latest first). */
async function scheduledPublicEvents(db: Db, when: "upcoming" | "past", opts: ListOptions) {
  const now = opts.now ?? new Date();
  const upcoming = when === "upcoming";
  const rows = await db
    .select({ ...publicListingColumns, calendarSequence: events.calendarSequence })
    .from(events)
    .leftJoin(venues, eq(venues.id, events.venueId))
    .leftJoin(coverAssets, withCover)
    .where(and(listedPublicly(), eq(events.status, "scheduled"), upcoming ? gte(events.endsAt, now) : lt(events.endsAt, now)))
    .orderBy(upcoming ? asc(events.startsAt) : desc(events.startsAt))
    .limit(opts.limit ?? 50);
  return withCohostNames(db, rows);
}

/** Upcoming events the public may see, soonest first, with venue and co-host names. */
export const listUpcomingPublicEvents = (db: Db, opts: ListOptions = {}) => scheduledPublicEvents(db, "upcoming", opts);

/** Past public events, latest first, whether or not a recap is out yet. */
export const listPastPublicEvents = (db: Db, opts: ListOptions = {}) => scheduledPublicEvents(db, "past", opts);

/** Each event with its co-hosts' names, in the order the event lists them. */
export async function withCohostNames<T extends { id: string }>(db: Db, rows: T[]): Promise<(T & { cohosts: string[] })[]> {
  if (rows.length === 0) return [];
  const hosts = await db
    .select({ eventId: eventCohosts.eventId, name: organizations.name })
    .from(eventCohosts)
    .innerJoin(organizations, eq(organizations.id, eventCohosts.organizationId))
    .where(
      inArray(
        eventCohosts.eventId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(eventCohosts.position));
  return rows.map((r) => ({ ...r, cohosts: hosts.filter((h) => h.eventId === r.id).map((h) => h.name) }));
}

/** Published recaps of public events, newest first. */
export async function listRecentRecaps(db: Db, opts: { limit?: number } = {}) {
  return db
    .select({
      slug: events.slug,
      eventTitle: events.title,
      title: recaps.title,
      body: recaps.body,
      format: events.format,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      publishedAt: recaps.publishedAt,
      leadAssetId: recapPhotos.assetId,
      leadAlt: recapPhotos.altText,
      leadWidth: assets.width,
      leadHeight: assets.height,
      coverAssetId: coverAssets.id,
      coverAlt: events.coverAlt,
      coverWidth: coverAssets.width,
      coverHeight: coverAssets.height,
    })
    .from(recaps)
    .innerJoin(events, eq(events.id, recaps.eventId))
    .leftJoin(recapPhotos, and(eq(recapPhotos.recapId, recaps.id), eq(recapPhotos.isLead, true)))
    .leftJoin(assets, eq(assets.id, recapPhotos.assetId))
    .leftJoin(coverAssets, withCover)
    .where(and(eq(recaps.status, "published"), eq(recaps.internalOnly, false), ne(events.attribution, "off_record"), listedPublicly()))
    .orderBy(desc(recaps.publishedAt))
    .limit(opts.limit ?? 6);
}

/** Everything the public page of one event shows; null for drafts, internal and unknown events. */
export async function getPublicEvent(db: Db, slug: string, now: Date = new Date()) {
  const event = await db.query.events.findFirst({
    where: and(eq(events.slug, slug), listedPublicly()),
    with: {
      venue: true,
      program: true,
      cover: { columns: { id: true, width: true, height: true } },
      cohosts: { with: { organization: true }, orderBy: (c, { asc: a }) => [a(c.position)] },
      // Only what a public listing prints: no emails or notes.
      speakers: {
        with: {
          person: { columns: { id: true, honorific: true, givenName: true, familyName: true, positionTitle: true, affiliation: true } },
          agendaItems: { columns: { agendaItemId: true } },
        },
      },
      agendaItems: { orderBy: (i, { asc: a }) => [a(i.startsAt), a(i.position)] },
      recap: {
        with: {
          photos: {
            with: { asset: { columns: { id: true, width: true, height: true, contentType: true, byteSize: true } } },
            orderBy: (p, { asc: a }) => [a(p.position), a(p.id)],
          },
          links: { orderBy: (l, { asc: a }) => [a(l.position), a(l.id)] },
        },
      },
    },
  });
  if (!event) return null;
  const recap =
    event.recap && event.recap.status === "published" && !event.recap.internalOnly && event.attribution !== "off_record"
      ? event.recap
      : null;
  const isPast = event.endsAt.getTime() < now.getTime();
  const speakers = event.speakers.map(({ agendaItems: items, ...speaker }) => ({ ...speaker, agendaItemIds: items.map((i) => i.agendaItemId) }));
  return { ...event, speakers, recap, isPast };
}

export type PublicEvent = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;
