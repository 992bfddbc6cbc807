import "server-only";
import { and, asc, desc, eq, gte, ne } from "drizzle-orm";
import { assets, events, recapPhotos, recaps } from "@/db/schema";
import type { Db } from "@/db/types";
import { listedPublicly } from "@/lib/events/queries";

// What the public feed carries: published recaps and upcoming open events.
// Nothing about guests, and nothing of drafts, internal or off-the-record events.

export async function listFeedRecaps(db: Db, limit = 30) {
  return db
    .select({
      recapId: recaps.id,
      slug: events.slug,
      eventTitle: events.title,
      title: recaps.title,
      body: recaps.body,
      format: events.format,
      publishedAt: recaps.publishedAt,
      leadAssetId: assets.id,
      leadBytes: assets.byteSize,
      leadType: assets.contentType,
    })
    .from(recaps)
    .innerJoin(events, eq(events.id, recaps.eventId))
    .leftJoin(recapPhotos, and(eq(recapPhotos.recapId, recaps.id), eq(recapPhotos.isLead, true)))
    .leftJoin(assets, eq(assets.id, recapPhotos.assetId))
    .where(
      and(
        eq(recaps.status, "published"),
        eq(recaps.internalOnly, false),
        ne(events.attribution, "off_record"),
        listedPublicly(),
      ),
    )
    .orderBy(desc(recaps.publishedAt))
    .limit(limit);
}

/** Upcoming events open to the public, newest announcement first. */
export async function listFeedEvents(db: Db, now = new Date(), limit = 30) {
  return db
    .select({
      id: events.id,
      slug: events.slug,
      title: events.title,
      summary: events.summary,
      format: events.format,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      createdAt: events.createdAt,
    })
    .from(events)
    .where(and(eq(events.status, "scheduled"), eq(events.visibility, "public"), gte(events.endsAt, now)))
    .orderBy(desc(events.createdAt), asc(events.startsAt))
    .limit(limit);
}
