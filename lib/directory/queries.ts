import "server-only";
import { asc } from "drizzle-orm";
import { organizations, programs, venues } from "@/db/schema";
import type { Db } from "@/db/types";

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
