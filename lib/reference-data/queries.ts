import "server-only";
import { and, asc, count, eq, getTableColumns, getTableName, ilike, or, sql, type SQL } from "drizzle-orm";
import { eventCohosts, events, organizations, programs, venues } from "@/db/schema";
import type { Db } from "@/db/types";
import { containing } from "@/lib/db/like";
import { isReferenceDataId } from "./schema";

export async function listVenues(db: Db) {
  return db.select().from(venues).orderBy(asc(venues.city), asc(venues.name));
}

export async function listOrganizations(db: Db) {
  return db.select({ id: organizations.id, name: organizations.name, kind: organizations.kind }).from(organizations).orderBy(asc(organizations.name));
}

export async function listPrograms(db: Db) {
  return db.select({ id: programs.id, name: programs.name }).from(programs).orderBy(asc(programs.name));
}

export type VenueOption = { id: string; name: string; city: string; timeZone: string };
export type NamedOption = { id: string; name: string };

// The venue, organization and program pages below. The lists above stay as the event form uses them.

// Drizzle leaves columns unqualified in a single-table select, so inside a
// subquery a bare "id" would mean the subquery's own table: name the outer one.
const outerId = (table: typeof venues | typeof programs | typeof organizations) => sql`${sql.identifier(getTableName(table))}.${sql.identifier("id")}`;

const venueEventCount = sql<number>`(select count(*) from ${events} where ${events.venueId} = ${outerId(venues)})`.mapWith(Number);
const programEventCount = sql<number>`(select count(*) from ${events} where ${events.programId} = ${outerId(programs)})`.mapWith(Number);
const organizationEventCount = sql<number>`(select count(*) from ${eventCohosts} where ${eventCohosts.organizationId} = ${outerId(organizations)})`.mapWith(Number);

/** Every venue with how many events it has hosted, by city then name. */
export async function listVenuesWithEventCounts(db: Db) {
  return db
    .select({ id: venues.id, name: venues.name, city: venues.city, country: venues.country, timeZone: venues.timeZone, capacity: venues.capacity, eventCount: venueEventCount })
    .from(venues)
    .orderBy(asc(venues.city), asc(venues.name), asc(venues.id));
}
export type VenueListRow = Awaited<ReturnType<typeof listVenuesWithEventCounts>>[number];

/** A venue with its event count; null for an unknown or malformed id. */
export async function getVenue(db: Db, id: string) {
  if (!isReferenceDataId(id)) return null;
  const [venue] = await db.select({ ...getTableColumns(venues), eventCount: venueEventCount }).from(venues).where(eq(venues.id, id));
  return venue ?? null;
}

/** Every word must appear in the name or the short name, so "peace inst" finds International Peace Institute. */
function organizationSearch(q: string | undefined): SQL | undefined {
  const words = (q ?? "").normalize("NFC").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  if (words.length === 0) return undefined;
  return and(...words.map((w) => or(ilike(organizations.name, containing(w)), ilike(organizations.shortName, containing(w)))));
}

/** Organizations matching the search, by name, with how many events each co-hosted. */
export async function searchOrganizations(db: Db, { q, limit = 200 }: { q?: string; limit?: number } = {}) {
  const where = organizationSearch(q);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        id: organizations.id,
        name: organizations.name,
        shortName: organizations.shortName,
        kind: organizations.kind,
        website: organizations.website,
        eventCount: organizationEventCount,
      })
      .from(organizations)
      .where(where)
      .orderBy(asc(organizations.name), asc(organizations.id))
      .limit(Math.max(0, Math.floor(limit))),
    db.select({ total: count() }).from(organizations).where(where),
  ]);
  return { organizations: rows, total };
}
export type OrganizationListRow = Awaited<ReturnType<typeof searchOrganizations>>["organizations"][number];

/** An organization with its co-hosted event count; null for an unknown or malformed id. */
export async function getOrganization(db: Db, id: string) {
  if (!isReferenceDataId(id)) return null;
  const [organization] = await db
    .select({ ...getTableColumns(organizations), eventCount: organizationEventCount })
    .from(organizations)
    .where(eq(organizations.id, id));
  return organization ?? null;
}

/** Every program with how many events belong to it, by name. */
export async function listProgramsWithEventCounts(db: Db) {
  return db
    .select({ id: programs.id, name: programs.name, slug: programs.slug, description: programs.description, eventCount: programEventCount })
    .from(programs)
    .orderBy(asc(programs.name), asc(programs.id));
}
export type ProgramListRow = Awaited<ReturnType<typeof listProgramsWithEventCounts>>[number];

/** A program with its event count; null for an unknown or malformed id. */
export async function getProgram(db: Db, id: string) {
  if (!isReferenceDataId(id)) return null;
  const [program] = await db.select({ ...getTableColumns(programs), eventCount: programEventCount }).from(programs).where(eq(programs.id, id));
  return program ?? null;
}
