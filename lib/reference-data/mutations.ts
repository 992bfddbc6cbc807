import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { organizations, programs, venues } from "@/db/schema";
import type { Db } from "@/db/types";
import { auditDiff, auditSnapshot } from "@/lib/audit/diff";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { refusingDuplicate } from "@/db/errors";
import type { OrganizationField, OrganizationInput, ProgramField, ProgramInput, VenueField, VenueInput } from "./schema";

export type Venue = typeof venues.$inferSelect;
export type Organization = typeof organizations.$inferSelect;
export type Program = typeof programs.$inferSelect;

const VENUE_FIELDS = ["name", "address", "city", "country", "timeZone", "capacity"] as const satisfies readonly VenueField[];
const ORGANIZATION_FIELDS = ["name", "shortName", "kind", "website"] as const satisfies readonly OrganizationField[];
const PROGRAM_FIELDS = ["name", "slug", "description"] as const satisfies readonly ProgramField[];

export const ORGANIZATION_NAME_INDEX = "organizations_name_lower_idx";
export const PROGRAM_SLUG_CONSTRAINT = "programs_slug_unique";

const goneError = (what: string) => new DomainError(`This ${what} is no longer in the directory. Reload the page to see the current list.`);

/* Venues */

export async function createVenue(db: Db, actor: Actor, input: VenueInput): Promise<Venue> {
  return db.transaction(async (tx) => {
    const [venue] = await tx.insert(venues).values(input).returning();
    await recordAudit(tx, actor, { action: "venue.created", entityType: "venue", entityId: venue.id, after: auditSnapshot(venue, VENUE_FIELDS) });
    return venue;
  });
}

export async function updateVenue(db: Db, actor: Actor, id: string, input: Partial<VenueInput>): Promise<Venue> {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(venues).where(eq(venues.id, id)).for("update");
    if (!before) throw goneError("venue");
    const diff = auditDiff(before, input, VENUE_FIELDS);
    if (!diff) return before;
    const [after] = await tx
      .update(venues)
      .set({ ...(diff.after as Partial<VenueInput>), updatedAt: new Date() })
      .where(eq(venues.id, id))
      .returning();
    await recordAudit(tx, actor, { action: "venue.updated", entityType: "venue", entityId: id, ...diff });
    return after;
  });
}

/* Organizations */

const organizationNameTaken = (name?: string) =>
  new DomainError(name ? `“${name}” is already in the directory.` : "An organization with this name is already in the directory.", "name");

// The check names the existing record; the unique index on lower(name) is
// what actually holds when two editors save the same name at once.
async function assertOrganizationNameFree(tx: Db, name: string, exceptId?: string) {
  const [other] = await tx
    .select({ name: organizations.name })
    .from(organizations)
    .where(and(eq(sql`lower(${organizations.name})`, sql`lower(${name})`), exceptId ? ne(organizations.id, exceptId) : undefined))
    .limit(1);
  if (other) throw organizationNameTaken(other.name);
}

export async function createOrganization(db: Db, actor: Actor, input: OrganizationInput): Promise<Organization> {
  return refusingDuplicate(
    db.transaction(async (tx) => {
      await assertOrganizationNameFree(tx, input.name);
      const [organization] = await tx.insert(organizations).values(input).returning();
      await recordAudit(tx, actor, {
        action: "organization.created",
        entityType: "organization",
        entityId: organization.id,
        after: auditSnapshot(organization, ORGANIZATION_FIELDS),
      });
      return organization;
    }),
    ORGANIZATION_NAME_INDEX,
    organizationNameTaken,
  );
}

export async function updateOrganization(db: Db, actor: Actor, id: string, input: Partial<OrganizationInput>): Promise<Organization> {
  return refusingDuplicate(
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(organizations).where(eq(organizations.id, id)).for("update");
      if (!before) throw goneError("organization");
      const diff = auditDiff(before, input, ORGANIZATION_FIELDS);
      if (!diff) return before;
      if (typeof diff.after.name === "string") await assertOrganizationNameFree(tx, diff.after.name, id);
      const [after] = await tx
        .update(organizations)
        .set({ ...(diff.after as Partial<OrganizationInput>), updatedAt: new Date() })
        .where(eq(organizations.id, id))
        .returning();
      await recordAudit(tx, actor, { action: "organization.updated", entityType: "organization", entityId: id, ...diff });
      return after;
    }),
    ORGANIZATION_NAME_INDEX,
    organizationNameTaken,
  );
}

/* Programs */

const programSlugTaken = (name?: string) =>
  new DomainError(name ? `The program “${name}” already uses this slug. Choose another.` : "Another program already uses this slug. Choose another.", "slug");

async function assertProgramSlugFree(tx: Db, slug: string, exceptId?: string) {
  const [other] = await tx
    .select({ name: programs.name })
    .from(programs)
    .where(and(eq(programs.slug, slug), exceptId ? ne(programs.id, exceptId) : undefined))
    .limit(1);
  if (other) throw programSlugTaken(other.name);
}

export async function createProgram(db: Db, actor: Actor, input: ProgramInput): Promise<Program> {
  return refusingDuplicate(
    db.transaction(async (tx) => {
      await assertProgramSlugFree(tx, input.slug);
      const [program] = await tx.insert(programs).values(input).returning();
      await recordAudit(tx, actor, { action: "program.created", entityType: "program", entityId: program.id, after: auditSnapshot(program, PROGRAM_FIELDS) });
      return program;
    }),
    PROGRAM_SLUG_CONSTRAINT,
    programSlugTaken,
  );
}

export async function updateProgram(db: Db, actor: Actor, id: string, input: Partial<ProgramInput>): Promise<Program> {
  return refusingDuplicate(
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(programs).where(eq(programs.id, id)).for("update");
      if (!before) throw goneError("program");
      const diff = auditDiff(before, input, PROGRAM_FIELDS);
      if (!diff) return before;
      if (typeof diff.after.slug === "string") await assertProgramSlugFree(tx, diff.after.slug, id);
      // programs has no updated_at column; the audit log carries when.
      const [after] = await tx
        .update(programs)
        .set(diff.after as Partial<ProgramInput>)
        .where(eq(programs.id, id))
        .returning();
      await recordAudit(tx, actor, { action: "program.updated", entityType: "program", entityId: id, ...diff });
      return after;
    }),
    PROGRAM_SLUG_CONSTRAINT,
    programSlugTaken,
  );
}
