import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, or, sql } from "drizzle-orm";
import * as s from "@/db/schema";
import * as data from "./seed-data";
import type { EventSeed, GuestSeed, PersonSeed, SpeakerRole } from "./seed-data";
import type { Db } from "@/db/types";
import { getAuthSecret } from "@/lib/auth/secret";
import { slugify } from "@/lib/events/slug";
import { SEATED_DINNER_TITLE, seedSeatedDinner } from "./seating-demo";
import { issueLink } from "@/lib/invitations/links";
import { linkKeyFrom } from "@/lib/invitations/tokens";
import { placeAcceptance, seatsFor } from "@/lib/invitations/status";
import { zonedParts, zonedTimeToUtc } from "@/lib/events/time";
import { draftDate } from "@/lib/recaps/draft";
import { ensureDemoPhotos } from "./demo-photos";

export type SeedSummary = { events: number; people: number; invitations: number; skipped: boolean };

type Refs = {
  staff: Record<keyof typeof data.staff, string>;
  programs: Record<data.ProgramKey, string>;
  venues: Record<data.VenueKey, string>;
  organizations: Record<data.OrganizationKey, string>;
  people: Record<data.PersonKey, string>;
};
type SeededEvent = { seed: EventSeed; id: string; startsAt: Date; endsAt: Date };
type Keyed = { id: string; key: string };

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
// Any constant works; every process that seeds just has to agree on it.
const SEED_LOCK_KEY = 7_011_970;

/**
 * Loads the demo events desk into an empty database. `force` reloads the demo
 * events (matched by slug) even when other events exist; directory rows already
 * present are reused, never duplicated.
 */
export async function seed(db: Db, opts: { now?: Date; force?: boolean } = {}): Promise<SeedSummary> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    // `npm run dev` seeds on every start; two starts at once must not both load.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const [existing] = await tx.select({ id: s.events.id }).from(s.events).limit(1);
    if (existing && !opts.force) return { events: 0, people: 0, invitations: 0, skipped: true };

    const refs = await ensureDirectory(tx);
    await ensureContacts(tx, refs);
    if (existing) await removeDemoEvents(tx);
    const seeded = await insertEvents(tx, refs, now);
    await insertCohosts(tx, refs, seeded);
    await insertSpeakers(tx, refs, seeded);
    await insertAgenda(tx, refs, seeded);
    const invitations = await insertInvitations(tx, refs, seeded, now, linkKeyFrom(await getAuthSecret(tx)));
    await insertRecaps(tx, refs, seeded, now);
    await insertPictures(tx, seeded);
    const dinner = seeded.find((e) => e.seed.title === SEATED_DINNER_TITLE);
    const seatedGuests = dinner ? await seedSeatedDinner(tx, dinner.id, addMs(now, -3 * DAY_MS)) : 0;
    return {
      events: seeded.length,
      people: Object.keys(refs.people).length,
      invitations: invitations + seatedGuests,
      skipped: false,
    };
  });
}

// ---------------------------------------------------------------------------
// Wall-clock time in a venue's zone

/** "In 9 days at 18:00" counted on the venue's calendar, not the server's. */
function daysFromNowAt(now: Date, timeZone: string, days: number, time: string): Date {
  const today = zonedParts(now, timeZone);
  const date = new Date(Date.UTC(today.year, today.month - 1, today.day + days));
  const pad = (n: number) => String(n).padStart(2, "0");
  const local = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${time}`;
  return zonedTimeToUtc(local, timeZone);
}

function earlier(a: Date, b: Date): Date {
  return a.getTime() <= b.getTime() ? a : b;
}

function addMs(d: Date, ms: number): Date {
  return new Date(d.getTime() + ms);
}

// ---------------------------------------------------------------------------
// Tags and contact lists: added where missing, never duplicated

async function ensureContacts(db: Db, refs: Refs) {
  const names = Object.keys(data.personTagSeeds);
  await db.insert(s.tags).values(names.map((name) => ({ name }))).onConflictDoNothing();
  const tagRows = await db.select({ id: s.tags.id, name: s.tags.name }).from(s.tags).where(inArray(s.tags.name, names));
  const pairs = tagRows.flatMap((t) => data.personTagSeeds[t.name].map((key) => ({ personId: refs.people[key], tagId: t.id })));
  if (pairs.length) await db.insert(s.personTags).values(pairs).onConflictDoNothing();
  await db
    .update(s.people)
    .set({ optedOutAt: sql`now()`, optedOutVia: "email_link" })
    .where(and(eq(s.people.id, refs.people[data.optedOutSeed]), isNull(s.people.optedOutAt)));
  const bounced = data.people[data.bouncedSeed].email;
  if (bounced) await db.insert(s.emailSuppressions).values({ email: bounced, reason: "bounced" }).onConflictDoNothing();
  const { missions, wpsDinner } = data.contactListSeeds;
  await db.insert(s.contactLists).values([{ name: missions.name, description: missions.description, rule: missions.rule }, { name: wpsDinner.name, description: wpsDinner.description }]).onConflictDoNothing();
  const [dinner] = await db.select({ id: s.contactLists.id }).from(s.contactLists).where(eq(s.contactLists.name, wpsDinner.name));
  await db.insert(s.contactListMembers).values(wpsDinner.members.map((key) => ({ listId: dinner.id, personId: refs.people[key] }))).onConflictDoNothing();
}

// ---------------------------------------------------------------------------
// Directory: staff, programs, venues, organizations, people

/**
 * Inserts only the rows not already there (matched case-insensitively on a
 * natural key), so a forced reload or a staff member who signed in before the
 * first seed never trips a unique index.
 */
async function ensureRows<K extends string, V>(
  seeds: Record<K, V>,
  keyOf: (v: V) => string,
  findExisting: (keys: string[]) => Promise<Keyed[]>,
  insertRows: (values: V[]) => Promise<Keyed[]>,
): Promise<Record<K, string>> {
  const entries = Object.entries(seeds) as [K, V][];
  const norm = (key: string) => key.toLowerCase();
  const ids = new Map<string, string>();
  for (const row of await findExisting(entries.map(([, v]) => norm(keyOf(v))))) ids.set(norm(row.key), row.id);
  const missing = entries.filter(([, v]) => !ids.has(norm(keyOf(v)))).map(([, v]) => v);
  if (missing.length > 0) {
    for (const row of await insertRows(missing)) ids.set(norm(row.key), row.id);
  }
  const result = {} as Record<K, string>;
  for (const [k, v] of entries) {
    const id = ids.get(norm(keyOf(v)));
    if (!id) throw new Error(`Seed: no row for ${k}`);
    result[k] = id;
  }
  return result;
}

function personKey(p: { email: string | null; givenName: string; familyName: string }): string {
  return p.email ?? `${p.givenName} ${p.familyName}`;
}

async function ensureDirectory(db: Db): Promise<Refs> {
  const staff = await ensureRows(
    data.staff,
    (u) => u.email,
    (keys) =>
      db
        .select({ id: s.users.id, key: s.users.email })
        .from(s.users)
        .where(inArray(sql`lower(${s.users.email})`, keys)),
    (values) => db.insert(s.users).values(values).returning({ id: s.users.id, key: s.users.email }),
  );
  const programs = await ensureRows(
    data.programs,
    (p) => p.slug,
    (keys) =>
      db.select({ id: s.programs.id, key: s.programs.slug }).from(s.programs).where(inArray(s.programs.slug, keys)),
    (values) => db.insert(s.programs).values(values).returning({ id: s.programs.id, key: s.programs.slug }),
  );
  const venues = await ensureRows(
    data.venues,
    (v) => v.name,
    (keys) =>
      db
        .select({ id: s.venues.id, key: s.venues.name })
        .from(s.venues)
        .where(inArray(sql`lower(${s.venues.name})`, keys)),
    (values) => db.insert(s.venues).values(values).returning({ id: s.venues.id, key: s.venues.name }),
  );
  const organizations = await ensureRows(
    data.organizations,
    (o) => o.name,
    (keys) =>
      db
        .select({ id: s.organizations.id, key: s.organizations.name })
        .from(s.organizations)
        .where(inArray(sql`lower(${s.organizations.name})`, keys)),
    (values) =>
      db.insert(s.organizations).values(values).returning({ id: s.organizations.id, key: s.organizations.name }),
  );
  const people = await ensurePeople(db);
  return { staff, programs, venues, organizations, people };
}

async function ensurePeople(db: Db): Promise<Record<data.PersonKey, string>> {
  const columns = {
    id: s.people.id,
    email: s.people.email,
    givenName: s.people.givenName,
    familyName: s.people.familyName,
  };
  const keyed = (rows: { id: string; email: string | null; givenName: string; familyName: string }[]) =>
    rows.map((r) => ({ id: r.id, key: personKey(r) }));
  const all: PersonSeed[] = Object.values(data.people);
  const emails = all.flatMap((p) => (p.email ? [p.email.toLowerCase()] : []));
  const names = all.flatMap((p) => (p.email ? [] : [`${p.givenName} ${p.familyName}`.toLowerCase()]));
  return ensureRows(
    data.people,
    personKey,
    async () =>
      keyed(
        await db
          .select(columns)
          .from(s.people)
          .where(
            or(
              inArray(sql`lower(${s.people.email})`, emails),
              and(
                isNull(s.people.email),
                inArray(sql`lower(${s.people.givenName} || ' ' || ${s.people.familyName})`, names),
              ),
            ),
          ),
      ),
    async (values) => keyed(await db.insert(s.people).values(values).returning(columns)),
  );
}

// ---------------------------------------------------------------------------
// Events

function demoSlugs(): string[] {
  const slugs = data.events.map((e) => slugify(e.title));
  if (new Set(slugs).size !== slugs.length) throw new Error("Seed: two demo events share a slug");
  return slugs;
}

/** A forced reload replaces the demo events (children cascade) and leaves every other event alone. */
async function removeDemoEvents(db: Db): Promise<void> {
  await db.delete(s.events).where(inArray(s.events.slug, demoSlugs()));
}

function eventRow(e: EventSeed, slug: string, refs: Refs, now: Date): typeof s.events.$inferInsert {
  const timeZone = data.venues[e.venue].timeZone;
  const startsAt = daysFromNowAt(now, timeZone, e.day, e.start);
  const rsvpDeadline =
    e.rsvpDaysBefore === undefined ? null : daysFromNowAt(now, timeZone, e.day - e.rsvpDaysBefore, e.start);
  // Planned about a month ahead, as the desk does, but never "created" in the future.
  const createdAt = earlier(now, addMs(startsAt, -30 * DAY_MS));
  return {
    slug,
    title: e.title,
    subtitle: e.subtitle ?? null,
    summary: e.summary,
    description: e.description,
    format: e.format,
    status: e.status ?? "scheduled",
    visibility: e.visibility,
    attribution: e.attribution,
    startsAt,
    endsAt: addMs(startsAt, e.minutes * MINUTE_MS),
    timeZone,
    venueId: refs.venues[e.venue],
    livestreamUrl: e.livestream ? `https://live.example.org/ipi/${slug}` : null,
    capacity: e.capacity ?? null,
    waitlistEnabled: e.waitlistEnabled ?? true,
    rsvpDeadline,
    plusOnesAllowed: e.plusOnesAllowed ?? false,
    askDietary: e.askDietary ?? false,
    askAccessibility: e.askAccessibility ?? true,
    programId: refs.programs[e.program],
    createdById: refs.staff.admin,
    createdAt,
    updatedAt: createdAt,
  };
}

async function insertEvents(db: Db, refs: Refs, now: Date): Promise<SeededEvent[]> {
  const slugs = demoSlugs();
  const rows = await db
    .insert(s.events)
    .values(data.events.map((e, i) => eventRow(e, slugs[i], refs, now)))
    .returning({ id: s.events.id, slug: s.events.slug, startsAt: s.events.startsAt, endsAt: s.events.endsAt });
  const bySlug = new Map(rows.map((r) => [r.slug, r]));
  return data.events.map((seed, i) => {
    const row = bySlug.get(slugs[i]);
    if (!row) throw new Error(`Seed: event ${slugs[i]} was not inserted`);
    return { seed, id: row.id, startsAt: row.startsAt, endsAt: row.endsAt };
  });
}

async function insertCohosts(db: Db, refs: Refs, seeded: SeededEvent[]): Promise<void> {
  const rows = seeded.flatMap(({ seed, id }) =>
    (seed.cohosts ?? []).map((org, position) => ({ eventId: id, organizationId: refs.organizations[org], position })),
  );
  if (rows.length > 0) await db.insert(s.eventCohosts).values(rows);
}

async function insertSpeakers(db: Db, refs: Refs, seeded: SeededEvent[]): Promise<void> {
  // The enum's order is the program's order: welcome, opening, … closing.
  const roles: readonly SpeakerRole[] = s.speakerRole.enumValues;
  const rows = seeded.flatMap(({ seed, id }) =>
    roles.flatMap((role) =>
      (seed.speakers?.[role] ?? []).map((person, position) => ({
        eventId: id,
        personId: refs.people[person],
        role,
        position,
      })),
    ),
  );
  if (rows.length > 0) await db.insert(s.eventSpeakers).values(rows);
}

async function insertAgenda(db: Db, refs: Refs, seeded: SeededEvent[]): Promise<void> {
  const items = seeded.flatMap(({ seed, id: eventId, startsAt }) =>
    (seed.agenda ?? []).map((item, position) => ({
      speakers: item.speakers ?? [],
      row: {
        id: randomUUID(),
        eventId,
        startsAt: addMs(startsAt, item.offset * MINUTE_MS),
        endsAt: addMs(startsAt, (item.offset + item.minutes) * MINUTE_MS),
        title: item.title,
        description: item.description ?? null,
        attribution: item.attribution ?? null,
        livestreamed: item.livestreamed ?? false,
        position,
      },
    })),
  );
  if (items.length === 0) return;
  await db.insert(s.agendaItems).values(items.map((i) => i.row));
  // Who speaks at which item: each of the person's speaking roles at that event.
  const withSpeakers = items.filter((i) => i.speakers.length > 0);
  if (withSpeakers.length === 0) return;
  const speakerRows = await db.select().from(s.eventSpeakers).where(inArray(s.eventSpeakers.eventId, [...new Set(withSpeakers.map((i) => i.row.eventId))]));
  const links = withSpeakers.flatMap(({ row, speakers }) =>
    speakerRows
      .filter((sp) => sp.eventId === row.eventId && speakers.some((key) => refs.people[key] === sp.personId))
      .map((sp) => ({ speakerId: sp.id, agendaItemId: row.id })),
  );
  if (links.length > 0) await db.insert(s.speakerAgendaItems).values(links);
}

// ---------------------------------------------------------------------------
// Guest lists

/**
 * Invitations go out in one batch `sentDaysAgo`, a few minutes apart; answers
 * trickle in over the following hours. Never later than `now`.
 */
function invitationRow(
  eventId: string,
  personId: string,
  guest: GuestSeed,
  index: number,
  sentDaysAgo: number,
  now: Date,
  startsAt: Date,
): typeof s.invitations.$inferInsert {
  const source = guest.source ?? "invited";
  const sent = earlier(now, addMs(now, -sentDaysAgo * DAY_MS + index * 7 * MINUTE_MS));
  const answered = source === "registered" ? sent : earlier(now, addMs(sent, (index + 1) * 5 * HOUR_MS));
  const hasAnswered = ["accepted", "declined", "waitlisted"].includes(guest.status);
  // A walk-in was never invited: the door added them as they arrived.
  const invitedAt = guest.status === "not_sent" || source === "walk_in" ? null : sent;
  // Arrivals at the door, a minute apart from the start; never for an event still to come.
  const checkedInAt = guest.arrived && startsAt < now ? addMs(startsAt, (index - 10) * MINUTE_MS) : null;
  return {
    eventId,
    personId,
    status: guest.status,
    source,
    invitedAt,
    respondedAt: hasAnswered ? answered : null,
    waitlistedAt: guest.status === "waitlisted" ? answered : null,
    plusOneName: guest.plusOneName ?? null,
    plusOnes: guest.plusOneName ? 1 : 0,
    dietary: guest.dietary ?? null,
    accessibility: guest.accessibility ?? null,
    message: guest.message ?? null,
    onBehalfOfName: guest.onBehalfOfName ?? null,
    onBehalfOfEmail: guest.onBehalfOfEmail ?? null,
    checkedInAt,
    createdAt: invitedAt ?? earlier(now, addMs(now, -sentDaysAgo * DAY_MS)),
    updatedAt: hasAnswered ? answered : (invitedAt ?? now),
  };
}

/**
 * The demo's answers, placed by the rules the app applies to each answer
 * (lib/invitations/status.ts `placeAcceptance`), in the order they came in:
 * an acceptance takes a seat when the party fits and nobody waits ahead, and
 * joins the waitlist only otherwise. In the data, "accepted" and "waitlisted"
 * both mean the guest accepted; where they land is the rules' to say.
 */
export function placedInOrder(event: Pick<EventSeed, "capacity" | "waitlistEnabled">, guests: GuestSeed[]): GuestSeed[] {
  let taken = 0;
  let waiting = 0;
  return guests.map((guest) => {
    if (guest.status === "delegate_pending") taken += 1;
    if (guest.status !== "accepted" && guest.status !== "waitlisted") return guest;
    const seatsWanted = seatsFor(guest.plusOneName);
    const placed = placeAcceptance({ capacity: event.capacity ?? null, waitlistEnabled: event.waitlistEnabled ?? true, seatsTaken: taken, seatsWanted, someoneWaitsAhead: waiting > 0 });
    if (placed === "full") throw new Error(`Seed: ${guest.person} accepts an event that is full and keeps no waitlist`);
    if (placed === "accepted") taken += seatsWanted;
    else waiting += 1;
    return { ...guest, status: placed };
  });
}

async function insertInvitations(db: Db, refs: Refs, seeded: SeededEvent[], now: Date, linkKey: Buffer): Promise<number> {
  const rows = seeded.flatMap(({ seed, id, startsAt }) => {
    const list = seed.invitations;
    if (!list) return [];
    return placedInOrder(seed, list.guests).map((guest, index) => {
      const row = invitationRow(id, refs.people[guest.person], guest, index, list.sentDaysAgo, now, startsAt);
      if (guest.status === "not_sent" || guest.source === "walk_in") return row;
      // Invitations already sent carry working links, derived as every email derives them.
      const invitationId = crypto.randomUUID();
      const link = issueLink(linkKey, invitationId);
      return { ...row, id: invitationId, linkNonce: link.nonce, tokenHash: link.tokenHash };
    });
  });
  if (rows.length > 0) await db.insert(s.invitations).values(rows);
  return rows.length;
}

// ---------------------------------------------------------------------------
// Recaps

async function insertRecaps(db: Db, refs: Refs, seeded: SeededEvent[], now: Date): Promise<void> {
  const withRecap = seeded.flatMap(({ seed, id, startsAt, endsAt }) => (seed.recap ? [{ seed, recap: seed.recap, id, startsAt, endsAt }] : []));
  if (withRecap.length === 0) return;
  const recapRows = withRecap.map(({ seed, recap, id, startsAt, endsAt }) => {
    const published = recap.status === "published";
    const publishedAt = published ? addMs(endsAt, 2 * DAY_MS) : null;
    const createdAt = earlier(now, addMs(endsAt, DAY_MS));
    return {
      eventId: id,
      title: seed.title,
      body: recap.body.replaceAll("{date}", draftDate(startsAt, data.venues[seed.venue].timeZone)),
      status: recap.status,
      internalOnly: seed.attribution === "off_record",
      revision: 1,
      topics: recap.topics,
      programId: refs.programs[seed.program],
      authorId: refs.staff.editor,
      submittedById: recap.status === "draft" ? null : refs.staff.editor,
      publishedById: published ? refs.staff.admin : null,
      publishedAt,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
    };
  });
  const inserted = await db.insert(s.recaps).values(recapRows).returning({ id: s.recaps.id, eventId: s.recaps.eventId });
  const recapIdByEvent = new Map(inserted.map((r) => [r.eventId, r.id]));
  const linkRows = withRecap.flatMap(({ recap, id }) => {
    const recapId = recapIdByEvent.get(id);
    if (!recapId) throw new Error("Seed: recap was not inserted");
    return (recap.links ?? []).map((link, position) => ({ recapId, ...link, position }));
  });
  if (linkRows.length > 0) await db.insert(s.recapLinks).values(linkRows);
}

// ---------------------------------------------------------------------------
// Pictures: covers and recaps' lead photos

async function insertPictures(db: Db, seeded: SeededEvent[]): Promise<void> {
  const wanted = seeded.flatMap(({ seed }) => [seed.cover?.photo, seed.recap?.lead?.photo].filter((p) => p !== undefined));
  if (wanted.length === 0) return;
  const assetIds = await ensureDemoPhotos(db, wanted);
  for (const { seed, id } of seeded) {
    if (seed.cover) {
      await db.update(s.events).set({ coverAssetId: assetIds.get(seed.cover.photo)!, coverAlt: seed.cover.alt }).where(sql`${s.events.id} = ${id}`);
    }
    const lead = seed.recap?.lead;
    if (lead) {
      const [recap] = await db.select({ id: s.recaps.id }).from(s.recaps).where(sql`${s.recaps.eventId} = ${id}`);
      await db.insert(s.recapPhotos).values({ recapId: recap.id, assetId: assetIds.get(lead.photo)!, altText: lead.alt, caption: lead.caption, isLead: true, position: 0 });
    }
  }
}
