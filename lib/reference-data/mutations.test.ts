import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, eventCohosts, events, organizations, programs } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { isUniqueViolation } from "@/db/errors";
import { useTestDatabase } from "@/lib/test/db";
import {
  createOrganization,
  createProgram,
  createVenue,
  ORGANIZATION_NAME_INDEX,
  PROGRAM_SLUG_CONSTRAINT,
  updateOrganization,
  updateProgram,
  updateVenue,
} from "./mutations";
import { getOrganization, getProgram, getVenue, listProgramsWithEventCounts, listVenuesWithEventCounts, searchOrganizations } from "./queries";
import { organizationSchema, programSchema, venueSchema } from "./schema";

const actor: Actor = { kind: "system", label: "test" };
const venueForm = (over: Record<string, string> = {}) =>
  venueSchema.parse({ name: "Trygve Lie Center", address: "", city: "New York", country: "United States", timeZone: "America/New_York", capacity: "120", ...over });
const organizationForm = (over: Record<string, string> = {}) =>
  organizationSchema.parse({ name: "International Peace Institute", shortName: "IPI", kind: "institute", website: "", ...over });
const programForm = (over: Record<string, string> = {}) => programSchema.parse({ name: "Peace and Security", slug: "", description: "", ...over });
const missing = "00000000-0000-4000-8000-000000000000";

let n = 0;
async function insertEvent(db: ReturnType<typeof useTestDatabase>["db"], values: { venueId?: string; programId?: string } = {}) {
  const startsAt = new Date(Date.UTC(2026, 2, 1 + ++n, 15));
  const [event] = await db
    .insert(events)
    .values({ slug: `directory-test-${n}`, title: `Event ${n}`, format: "seminar", startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000), timeZone: "UTC", ...values })
    .returning();
  return event;
}

describe("venues", () => {
  const t = useTestDatabase();

  it("adds a venue and audits it, in the same transaction", async () => {
    const venue = await createVenue(t.db, actor, venueForm());
    expect(venue).toMatchObject({ name: "Trygve Lie Center", capacity: 120, timeZone: "America/New_York" });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, venue.id));
    expect(entry).toMatchObject({ action: "venue.created", entityType: "venue", actorLabel: "test", before: null });
    expect(entry.after).toMatchObject({ id: venue.id, name: "Trygve Lie Center", city: "New York", capacity: 120 });
  });

  it("changes only what was sent, audits only what changed, and nothing when nothing did", async () => {
    const venue = await createVenue(t.db, actor, venueForm({ name: "Palais des Nations", city: "Geneva", timeZone: "Europe/Zurich", capacity: "" }));
    const saved = await updateVenue(t.db, actor, venue.id, { capacity: 300 });
    expect(saved).toMatchObject({ name: "Palais des Nations", city: "Geneva", country: "United States", timeZone: "Europe/Zurich", capacity: 300 });
    await updateVenue(t.db, actor, venue.id, venueForm({ name: "Palais des Nations", city: "Geneva", timeZone: "Europe/Zurich", capacity: "300" }));
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, venue.id)).orderBy(auditLog.id);
    expect(history.map((h) => h.action)).toEqual(["venue.created", "venue.updated"]);
    expect(history[1].before).toEqual({ capacity: null });
    expect(history[1].after).toEqual({ capacity: 300 });
  });

  it("says so when the venue is gone, and lists venues with their events", async () => {
    await expect(updateVenue(t.db, actor, missing, { name: "X" })).rejects.toThrow("This venue is no longer in the directory.");
    const hall = await createVenue(t.db, actor, venueForm({ name: "Counted Hall", city: "Vienna", timeZone: "Europe/Vienna" }));
    await insertEvent(t.db, { venueId: hall.id });
    await insertEvent(t.db, { venueId: hall.id });
    const row = (await listVenuesWithEventCounts(t.db)).find((v) => v.id === hall.id);
    expect(row).toMatchObject({ name: "Counted Hall", eventCount: 2 });
    expect(await getVenue(t.db, hall.id)).toMatchObject({ name: "Counted Hall", eventCount: 2 });
    expect(await getVenue(t.db, "not-a-uuid")).toBeNull();
    expect(await getVenue(t.db, missing)).toBeNull();
  });
});

describe("organizations", () => {
  const t = useTestDatabase();

  it("adds an organization and audits it", async () => {
    const org = await createOrganization(t.db, actor, organizationForm({ website: "https://www.ipinst.org" }));
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, org.id));
    expect(entry).toMatchObject({ action: "organization.created", entityType: "organization" });
    expect(entry.after).toEqual({ id: org.id, name: "International Peace Institute", shortName: "IPI", kind: "institute", website: "https://www.ipinst.org" });
  });

  it("refuses a second organization with the same name in any letter case, on create and on update", async () => {
    await createOrganization(t.db, actor, organizationForm({ name: "Permanent Mission of Norway", shortName: "", kind: "permanent_mission" }));
    await expect(createOrganization(t.db, actor, organizationForm({ name: "PERMANENT MISSION of norway" }))).rejects.toMatchObject({
      field: "name",
      message: "“Permanent Mission of Norway” is already in the directory.",
    });
    const other = await createOrganization(t.db, actor, organizationForm({ name: "Government of Norway", kind: "government" }));
    await expect(updateOrganization(t.db, actor, other.id, { name: "permanent mission of Norway" })).rejects.toMatchObject({ field: "name" });
    expect((await getOrganization(t.db, other.id))?.name).toBe("Government of Norway");
    // Re-casing one's own name is not a clash.
    expect((await updateOrganization(t.db, actor, other.id, { name: "Government of NORWAY" })).name).toBe("Government of NORWAY");
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "organization.updated"))).toHaveLength(1);
  });

  it("recognises the unique index's refusal, for two saves that race past the check", async () => {
    await t.db.insert(organizations).values({ name: "Race Foundation" });
    const error = await t.db
      .insert(organizations)
      .values({ name: "race foundation" })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error, ORGANIZATION_NAME_INDEX)).toBe(true);
  });

  it("changes only what was sent and audits the difference", async () => {
    const org = await createOrganization(t.db, actor, organizationForm({ name: "African Union", shortName: "AU", kind: "regional_organization" }));
    const saved = await updateOrganization(t.db, actor, org.id, { website: "https://au.int" });
    expect(saved).toMatchObject({ name: "African Union", shortName: "AU", kind: "regional_organization", website: "https://au.int" });
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.action, "organization.updated")).orderBy(auditLog.id).offset(1);
    expect(entry).toMatchObject({ entityId: org.id, before: { website: null }, after: { website: "https://au.int" } });
    await expect(updateOrganization(t.db, actor, missing, { name: "X" })).rejects.toThrow("This organization is no longer in the directory.");
  });

  it("searches by any part of the name or short name, and counts co-hosted events", async () => {
    const org = await createOrganization(t.db, actor, organizationForm({ name: "Stimson Center", shortName: "100% Stimson", kind: "institute" }));
    const event = await insertEvent(t.db);
    await t.db.insert(eventCohosts).values({ eventId: event.id, organizationId: org.id });
    const found = await searchOrganizations(t.db, { q: "center stim" });
    expect(found.total).toBe(1);
    expect(found.organizations[0]).toMatchObject({ name: "Stimson Center", eventCount: 1 });
    expect((await searchOrganizations(t.db, { q: "100%" })).organizations.map((o) => o.name)).toEqual(["Stimson Center"]);
    expect((await searchOrganizations(t.db, { q: "%" })).total).toBe(1);
    expect((await searchOrganizations(t.db)).total).toBeGreaterThan(3);
    expect(await getOrganization(t.db, "nope")).toBeNull();
  });
});

describe("programs", () => {
  const t = useTestDatabase();

  it("adds a program with a slug made from its name, and audits it", async () => {
    const program = await createProgram(t.db, actor, programForm());
    expect(program.slug).toBe("peace-and-security");
    const [entry] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, program.id));
    expect(entry).toMatchObject({ action: "program.created", entityType: "program" });
    expect(entry.after).toEqual({ id: program.id, name: "Peace and Security", slug: "peace-and-security", description: null });
  });

  it("refuses a slug another program has, on create and on update", async () => {
    await expect(createProgram(t.db, actor, programForm({ name: "Peace and security" }))).rejects.toMatchObject({
      field: "slug",
      message: "The program “Peace and Security” already uses this slug. Choose another.",
    });
    const climate = await createProgram(t.db, actor, programForm({ name: "Climate" }));
    await expect(updateProgram(t.db, actor, climate.id, { slug: "peace-and-security" })).rejects.toMatchObject({ field: "slug" });
    expect((await getProgram(t.db, climate.id))?.slug).toBe("climate");
    const error = await t.db
      .insert(programs)
      .values({ name: "Again", slug: "climate" })
      .catch((e: unknown) => e);
    expect(isUniqueViolation(error, PROGRAM_SLUG_CONSTRAINT)).toBe(true);
  });

  it("changes only what was sent and audits the difference", async () => {
    const program = await createProgram(t.db, actor, programForm({ name: "Multilateralism", description: "Old text" }));
    await insertEvent(t.db, { programId: program.id });
    const saved = await updateProgram(t.db, actor, program.id, { description: "New text" });
    expect(saved).toMatchObject({ name: "Multilateralism", slug: "multilateralism", description: "New text" });
    await updateProgram(t.db, actor, program.id, { description: "New text" });
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, program.id)).orderBy(auditLog.id);
    expect(history.map((h) => [h.action, h.before, h.after])).toEqual([
      ["program.created", null, expect.objectContaining({ slug: "multilateralism" })],
      ["program.updated", { description: "Old text" }, { description: "New text" }],
    ]);
    expect((await listProgramsWithEventCounts(t.db)).find((p) => p.id === program.id)?.eventCount).toBe(1);
    await expect(updateProgram(t.db, actor, missing, { name: "X" })).rejects.toThrow("This program is no longer in the directory.");
  });
});

