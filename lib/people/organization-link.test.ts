import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { organizations, people } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";

// The trigger of migration 0008: a person's organization follows the affiliation
// when it names a known organization, and a choice made by staff is kept.
describe("a person's organization", () => {
  const t = useTestDatabase();

  it("is the organization the affiliation names, by name or short name, in any case", async () => {
    const [mission] = await t.db
      .insert(organizations)
      .values({ name: "Permanent Mission of Norway to the UN", shortName: "Norway Mission", kind: "permanent_mission" })
      .returning();
    const [byName] = await t.db
      .insert(people)
      .values({ givenName: "Ine", familyName: "Søreide", affiliation: " permanent mission of norway to the un " })
      .returning();
    const [byShortName] = await t.db
      .insert(people)
      .values({ givenName: "Mona", familyName: "Juul", affiliation: "NORWAY MISSION" })
      .returning();
    const [unknown] = await t.db.insert(people).values({ givenName: "A", familyName: "B", affiliation: "Elsewhere" }).returning();
    expect(byName.organizationId).toBe(mission.id);
    expect(byShortName.organizationId).toBe(mission.id);
    expect(unknown.organizationId).toBeNull();
  });

  it("follows a changed affiliation, but keeps an organization staff chose", async () => {
    const [a] = await t.db.insert(organizations).values({ name: "Org A", kind: "ngo" }).returning();
    const [b] = await t.db.insert(organizations).values({ name: "Org B", kind: "government" }).returning();
    const [person] = await t.db.insert(people).values({ givenName: "C", familyName: "D", affiliation: "Org A" }).returning();
    expect(person.organizationId).toBe(a.id);
    await t.db.update(people).set({ affiliation: "Org B" }).where(eq(people.id, person.id));
    const [moved] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(moved.organizationId).toBe(b.id);
    // Staff chose A while the affiliation says B: the choice stands.
    await t.db.update(people).set({ affiliation: "Org B, New York office", organizationId: a.id }).where(eq(people.id, person.id));
    const [chosen] = await t.db.select().from(people).where(eq(people.id, person.id));
    expect(chosen.organizationId).toBe(a.id);
  });
});
