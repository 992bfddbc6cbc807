import "server-only";
import { and, asc, desc, eq, gte, inArray, isNotNull, lt, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { agendaItems, assets, eventCohosts, events, eventSpeakers, invitations, organizations, people, recapLinks, recapPhotos, recaps, speakerAgendaItems, users } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Attribution } from "@/lib/events/attribution";
import { speakerUnderTheRule } from "@/lib/events/speaker-attribution";
import type { Institute } from "@/lib/settings/institute";
import type { ProtectedPerson } from "./guard/types";
import { withCountries } from "./guard/countries";
import { guardScope, plusOneAsPerson, type GuardScope } from "./publish-checks";

/** The recap of one event with its photos and links in order; null before anyone wrote one. */
export async function getRecapForEditor(db: Db, eventId: string) {
  const author = alias(users, "author");
  const submitter = alias(users, "submitter");
  const publisher = alias(users, "publisher");
  const [row] = await db
    .select({
      recap: recaps,
      authorName: sql<string | null>`coalesce(${author.name}, ${author.email})`,
      submittedByName: sql<string | null>`coalesce(${submitter.name}, ${submitter.email})`,
      publishedByName: sql<string | null>`coalesce(${publisher.name}, ${publisher.email})`,
    })
    .from(recaps)
    .leftJoin(author, eq(author.id, recaps.authorId))
    .leftJoin(submitter, eq(submitter.id, recaps.submittedById))
    .leftJoin(publisher, eq(publisher.id, recaps.publishedById))
    .where(eq(recaps.eventId, eventId));
  if (!row) return null;
  const [photos, links] = await Promise.all([listRecapPhotos(db, row.recap.id), listRecapLinks(db, row.recap.id)]);
  return { ...row.recap, authorName: row.authorName, submittedByName: row.submittedByName, publishedByName: row.publishedByName, photos, links };
}

export type EditorRecap = NonNullable<Awaited<ReturnType<typeof getRecapForEditor>>>;

export async function listRecapPhotos(db: Db, recapId: string) {
  return db
    .select({
      id: recapPhotos.id,
      assetId: recapPhotos.assetId,
      caption: recapPhotos.caption,
      altText: recapPhotos.altText,
      isLead: recapPhotos.isLead,
      position: recapPhotos.position,
      width: assets.width,
      height: assets.height,
      byteSize: assets.byteSize,
      contentType: assets.contentType,
      filename: assets.filename,
    })
    .from(recapPhotos)
    .innerJoin(assets, eq(assets.id, recapPhotos.assetId))
    .where(eq(recapPhotos.recapId, recapId))
    .orderBy(asc(recapPhotos.position), asc(recapPhotos.id));
}

export async function listRecapLinks(db: Db, recapId: string) {
  return db.select().from(recapLinks).where(eq(recapLinks.recapId, recapId)).orderBy(asc(recapLinks.position), asc(recapLinks.id));
}

/**
 * The people a Chatham House recap must not name: the event's speakers who
 * spoke under the Rule (lib/events/speaker-attribution.ts: one attached only
 * to on-the-record items may be named; one attached to nothing is protected), and
 * its guests who took part — accepted invitations (they said they would
 * come) and anyone checked in at the door (walk-ins and late answers), with
 * the plus-ones they brought. Declined, unanswered and waitlisted guests did
 * not take part. An affiliation that is an organization in the directory
 * brings its short name ("USIP"). Each comes with their job title and the
 * countries their title and affiliation name.
 */
export async function listProtectedPeople(db: Db, eventId: string): Promise<ProtectedPerson[]> {
  const columns = {
    honorific: people.honorific,
    givenName: people.givenName,
    familyName: people.familyName,
    positionTitle: people.positionTitle,
    affiliation: people.affiliation,
    affiliationShortName: organizations.shortName,
  };
  const sameOrganization = sql`lower(${organizations.name}) = lower(${people.affiliation})`;
  const [event, items, speakerRows, links, guests] = await Promise.all([
    db.select({ attribution: events.attribution }).from(events).where(eq(events.id, eventId)),
    db.select({ id: agendaItems.id, attribution: agendaItems.attribution }).from(agendaItems).where(eq(agendaItems.eventId, eventId)),
    db
      .select({ ...columns, speakerId: eventSpeakers.id, personId: people.id })
      .from(eventSpeakers)
      .innerJoin(people, eq(people.id, eventSpeakers.personId))
      .leftJoin(organizations, sameOrganization)
      .where(eq(eventSpeakers.eventId, eventId))
      .orderBy(people.id, eventSpeakers.id),
    db
      .select({ speakerId: speakerAgendaItems.speakerId, agendaItemId: speakerAgendaItems.agendaItemId })
      .from(speakerAgendaItems)
      .innerJoin(eventSpeakers, eq(eventSpeakers.id, speakerAgendaItems.speakerId))
      .where(eq(eventSpeakers.eventId, eventId)),
    db
      .select({ ...columns, plusOneName: invitations.plusOneName })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .leftJoin(organizations, sameOrganization)
      .where(and(eq(invitations.eventId, eventId), or(eq(invitations.status, "accepted"), isNotNull(invitations.checkedInAt)))),
  ]);
  // A speaker who spoke only outside the Rule (the opening remarks on the record) may be named;
  // someone in several roles is protected when any of them was under it.
  const eventAttribution = event[0]?.attribution ?? "chatham_house";
  const underRule = new Set(
    speakerRows
      .filter((s) => speakerUnderTheRule(eventAttribution, items, links.filter((l) => l.speakerId === s.speakerId).map((l) => l.agendaItemId)))
      .map((s) => s.personId),
  );
  const result: ProtectedPerson[] = [];
  const seen = new Set<string>();
  for (const s of speakerRows) {
    if (!underRule.has(s.personId) || seen.has(s.personId)) continue;
    seen.add(s.personId);
    result.push({
      honorific: s.honorific,
      givenName: s.givenName,
      familyName: s.familyName,
      positionTitle: s.positionTitle,
      affiliation: s.affiliation,
      affiliationShortName: s.affiliationShortName,
      part: "speaker",
    });
  }
  for (const { plusOneName, ...guest } of guests) {
    result.push({ ...guest, part: "guest" });
    const plusOne = plusOneName ? plusOneAsPerson(plusOneName) : null;
    if (plusOne) result.push(plusOne);
  }
  // Each with the countries their title and affiliation name, for descriptions ("the Swedish minister").
  return withCountries(result);
}

/** Names a recap may always use: the co-hosts' and the institute's own. */
export async function listAllowedNames(db: Db, eventId: string, institute: Pick<Institute, "name" | "shortName">): Promise<string[]> {
  const hosts = await db
    .select({ name: organizations.name, shortName: organizations.shortName })
    .from(eventCohosts)
    .innerJoin(organizations, eq(organizations.id, eventCohosts.organizationId))
    .where(eq(eventCohosts.eventId, eventId));
  return [institute.name, institute.shortName, ...hosts.flatMap((h) => [h.name, h.shortName ?? ""])].filter(Boolean);
}

export type GuardContext = { scope: GuardScope; people: ProtectedPerson[]; allowedNames: string[] };

/** Everything the Chatham House guard needs for one event's recap. */
export async function loadGuardContext(
  db: Db,
  event: { id: string; attribution: Attribution },
  uncoveredAgendaItemIds: readonly string[],
  institute: Pick<Institute, "name" | "shortName">,
): Promise<GuardContext> {
  const items = await db
    .select({ id: agendaItems.id, title: agendaItems.title, attribution: agendaItems.attribution })
    .from(agendaItems)
    .where(eq(agendaItems.eventId, event.id))
    .orderBy(asc(agendaItems.startsAt), asc(agendaItems.position));
  const scope = guardScope({ attribution: event.attribution, agendaItems: items, uncoveredAgendaItemIds });
  if (!scope.chathamHouse) return { scope, people: [], allowedNames: [] };
  const [protectedPeople, allowedNames] = await Promise.all([listProtectedPeople(db, event.id), listAllowedNames(db, event.id, institute)]);
  return { scope, people: protectedPeople, allowedNames };
}

/** Other people on the staff list who can publish; none means a one-person team. */
export async function countOtherPublishers(db: Db, staffId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(users)
    .where(and(inArray(users.role, ["admin", "editor"]), ne(users.id, staffId)));
  return row?.n ?? 0;
}

/** Recaps submitted and waiting for someone to publish them, oldest first. */
export async function listRecapsAwaitingReview(db: Db, limit = 10) {
  const submitter = alias(users, "submitter");
  return db
    .select({
      eventId: events.id,
      eventTitle: events.title,
      recapTitle: recaps.title,
      startsAt: events.startsAt,
      timeZone: events.timeZone,
      submittedAt: recaps.updatedAt,
      submittedByName: sql<string | null>`coalesce(${submitter.name}, ${submitter.email})`,
    })
    .from(recaps)
    .innerJoin(events, eq(events.id, recaps.eventId))
    .leftJoin(submitter, eq(submitter.id, recaps.submittedById))
    .where(eq(recaps.status, "in_review"))
    .orderBy(asc(recaps.updatedAt))
    .limit(limit);
}

/**
 * Events that ended in the last 90 days, were public or by invitation and
 * on the record or under the Chatham House rule, and have no recap out or
 * in review: the ones the desk still owes a recap. Says whether a draft exists.
 */
export async function listEventsAwaitingRecap(db: Db, now = new Date(), limit = 10) {
  return db
    .select({
      id: events.id,
      title: events.title,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      timeZone: events.timeZone,
      draftStarted: sql<boolean>`${recaps.id} is not null`,
    })
    .from(events)
    .leftJoin(recaps, eq(recaps.eventId, events.id))
    .where(
      and(
        eq(events.status, "scheduled"),
        ne(events.visibility, "internal"),
        ne(events.attribution, "off_record"),
        lt(events.endsAt, now),
        gte(events.endsAt, new Date(now.getTime() - 90 * 86_400_000)),
        or(sql`${recaps.id} is null`, eq(recaps.status, "draft")),
      ),
    )
    .orderBy(desc(events.endsAt))
    .limit(limit);
}

/**
 * An asset for the assets route, without its bytes, and who may see it: the
 * publications (publishedAt) under which a recap holding it is public right
 * now — published, not an internal summary, on an event that is public,
 * not a draft and not off the record — and whether it is an organization's
 * logo. Asked on every request, so a change is seen at once.
 */
export async function getAssetForServing(db: Db, id: string) {
  const [row] = await db
    .select({
      asset: {
        id: assets.id,
        filename: assets.filename,
        contentType: assets.contentType,
        byteSize: assets.byteSize,
        width: assets.width,
        height: assets.height,
        sha256: assets.sha256,
      },
      publications: sql<string[] | null>`(
        select array_agg((floor(extract(epoch from r.published_at) * 1000))::bigint::text) from ${recapPhotos} p
        join ${recaps} r on r.id = p.recap_id
        join ${events} e on e.id = r.event_id
        where p.asset_id = "assets"."id" and r.status = 'published' and r.published_at is not null and not r.internal_only
          and e.attribution <> 'off_record' and e.status <> 'draft' and e.visibility <> 'internal'
      )`,
      // An organization's logo, or the institute's own (its settings row, lib/settings/institute.ts).
      isLogo: sql<boolean>`(exists (select 1 from ${organizations} o where o.logo_asset_id = "assets"."id")
        or exists (select 1 from settings s where s.key = 'institute' and s.value ->> 'logoAssetId' = "assets"."id"::text))`,
      // The cover of an event the public may see (lib/events/queries.ts listedPublicly).
      isPublicCover: sql<boolean>`exists (select 1 from ${events} c where c.cover_asset_id = "assets"."id" and c.status <> 'draft' and c.visibility <> 'internal')`,
    })
    .from(assets)
    .where(eq(assets.id, id));
  if (!row) return null;
  // Milliseconds as text: both drivers read a text[] the same way.
  const publications = (row.publications ?? []).map((ms) => new Date(Number(ms)));
  return { asset: row.asset, publications, isLogo: row.isLogo, isPublicCover: row.isPublicCover };
}

/** The stored bytes of an asset, read only when they are about to be sent or resized. */
export async function getAssetData(db: Db, id: string): Promise<Uint8Array | null> {
  const [row] = await db.select({ data: assets.data }).from(assets).where(eq(assets.id, id));
  return row?.data ?? null;
}
