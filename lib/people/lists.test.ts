import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog, contactListMembers, organizations, people, personTags, tags } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { useTestDatabase } from "@/lib/test/db";
import { ruleCondition } from "./list-rule";
import { listFormSchema, listRuleSchema, readRule, tagNames } from "./list-schema";
import { addPeopleToList, countMembers, createContactList, deleteContactList, describeRule, listContactLists, listMembers, removePeopleFromList, updateContactList } from "./lists";
import { setPersonTags, tagPeople, tagsOfPeople, untagPeople } from "./tags";

const actor: Actor = { kind: "system", label: "test" };
const stamp = () => crypto.randomUUID().slice(0, 8);

describe("a smart list's rule", () => {
  it("needs at least one condition, refuses unknown kinds and fields, and reads a broken stored rule as matching nobody", () => {
    expect(listRuleSchema.safeParse({}).success).toBe(false);
    expect(listRuleSchema.safeParse({ organizationKind: "embassy" }).success).toBe(false);
    expect(listRuleSchema.safeParse({ organizationKind: "permanent_mission", everyone: true }).success).toBe(false);
    expect(listRuleSchema.safeParse({ tagIds: ["not-a-uuid"] }).success).toBe(false);
    expect(readRule({ nonsense: 1 })).toBeNull();
    expect(readRule({ organizationKind: "permanent_mission" })).toEqual({ organizationKind: "permanent_mission" });
  });

  it("comes from the list form: a static list has no rule; a smart one without a condition is refused next to the field", () => {
    const base = { name: " Donors ", description: "", organizationKind: "", tagId: "", affiliationContains: "" };
    expect(listFormSchema.parse({ ...base, kind: "static" })).toEqual({ name: "Donors", description: null, rule: null });
    const bad = listFormSchema.safeParse({ ...base, kind: "smart" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]).toMatchObject({ path: ["organizationKind"], message: expect.stringMatching(/at least one condition/) });
    expect(listFormSchema.parse({ ...base, kind: "smart", organizationKind: "permanent_mission", affiliationContains: " Norway " }).rule).toEqual({
      organizationKind: "permanent_mission",
      affiliationContains: "Norway",
    });
  });

  it("reads tags from one field, once each in any letter case, and refuses a tag too long", () => {
    expect(tagNames.parse("Board, press; board | WPS network,,")).toEqual(["Board", "press", "WPS network"]);
    expect(tagNames.safeParse("x".repeat(61)).success).toBe(false);
  });
});

describe("the rule compiler, against the database", () => {
  const t = useTestDatabase();

  it("finds people by their organization's kind, their tags and their affiliation, all conditions together", async () => {
    const s = stamp();
    const [mission] = await t.db.insert(organizations).values({ name: `Permanent Mission of Norway ${s}`, kind: "permanent_mission" }).returning();
    await t.db.insert(organizations).values({ name: `Ministry ${s}`, kind: "government" });
    // The trigger links a person to the organization their affiliation names.
    const [envoy, deputy, minister, stranger] = await t.db
      .insert(people)
      .values([
        { givenName: "Mona", familyName: `Juul ${s}`, affiliation: `Permanent Mission of Norway ${s}` },
        { givenName: "Odd", familyName: `Hanssen ${s}`, affiliation: `permanent mission of norway ${s}` },
        { givenName: "Ine", familyName: `Søreide ${s}`, affiliation: `Ministry ${s}` },
        { givenName: "Some", familyName: `One ${s}`, affiliation: "100% Norway_ Ltd" },
      ])
      .returning();
    expect(envoy.organizationId).toBe(mission.id);
    const { tag: board } = await tagPeople(t.db, actor, [envoy.id, minister.id], `Board ${s}`);
    const ids = async (rule: Parameters<typeof ruleCondition>[0]) =>
      (await t.db.select({ id: people.id }).from(people).where(ruleCondition(rule))).map((r) => r.id).sort();

    expect(await ids({ organizationKind: "permanent_mission" })).toEqual(expect.arrayContaining([envoy.id, deputy.id].sort()));
    expect(await ids({ organizationKind: "permanent_mission" })).not.toContain(minister.id);
    expect(await ids({ tagIds: [board.id] })).toEqual([envoy.id, minister.id].sort());
    expect(await ids({ organizationKind: "permanent_mission", tagIds: [board.id] })).toEqual([envoy.id]);
    expect(await ids({ affiliationContains: `MISSION OF NORWAY ${s}` })).toEqual([envoy.id, deputy.id].sort());
    // A LIKE character in the text is the character, not a pattern.
    expect(await ids({ affiliationContains: "100% Norway_" })).toEqual([stranger.id]);
    expect(await ids({ tagIds: [crypto.randomUUID()] })).toEqual([]);
    expect(await ids(null)).toEqual([]);
  });
});

describe("tags and lists", () => {
  const t = useTestDatabase();
  const someone = async (familyName: string, over: Partial<typeof people.$inferInsert> = {}) =>
    (await t.db.insert(people).values({ givenName: "Test", familyName, ...over }).returning())[0];

  it("tags people in bulk once each, finds a tag in any letter case, untags, and writes the history", async () => {
    const s = stamp();
    const a = await someone(`A ${s}`);
    const b = await someone(`B ${s}`);
    const first = await tagPeople(t.db, actor, [a.id, b.id, a.id], `Press ${s}`);
    expect(first.tagged).toBe(2);
    const again = await tagPeople(t.db, actor, [a.id], `PRESS ${s}`);
    expect(again).toEqual({ tag: first.tag, tagged: 0 });
    expect(await t.db.select().from(tags).where(eq(tags.id, first.tag.id))).toHaveLength(1);
    await expect(tagPeople(t.db, actor, [crypto.randomUUID()], "Board")).rejects.toThrow(/no longer in the directory/);
    expect(await untagPeople(t.db, actor, [a.id], first.tag.id)).toMatchObject({ untagged: 1 });
    expect((await tagsOfPeople(t.db, [a.id, b.id])).get(b.id)?.map((x) => x.name)).toEqual([`Press ${s}`]);
    const history = await t.db.select().from(auditLog).where(eq(auditLog.entityId, first.tag.id));
    expect(history.map((h) => h.action).sort()).toEqual(["people.tagged", "people.untagged"]);
  });

  it("sets a person's tags to exactly those given, and refuses an unknown person without writing", async () => {
    const s = stamp();
    const a = await someone(`C ${s}`);
    await setPersonTags(t.db, actor, a.id, [`Donors ${s}`, `Board ${s}`]);
    const after = await setPersonTags(t.db, actor, a.id, [`Board ${s}`, `WPS ${s}`]);
    expect(after.map((x) => x.name)).toEqual([`Board ${s}`, `WPS ${s}`]);
    expect(await t.db.select().from(personTags).where(eq(personTags.personId, a.id))).toHaveLength(2);
    await expect(setPersonTags(t.db, actor, crypto.randomUUID(), [`Lost ${s}`])).rejects.toThrow(/no longer in the directory/);
    expect(await t.db.select().from(tags).where(eq(tags.name, `Lost ${s}`))).toHaveLength(0);
  });

  it("creates, fills, counts, renames and deletes a static list; refuses a taken name and members on a smart list", async () => {
    const s = stamp();
    const a = await someone(`D ${s}`);
    const b = await someone(`E ${s}`);
    const list = await createContactList(t.db, actor, { name: `Dinner ${s}`, description: null, rule: null });
    await expect(createContactList(t.db, actor, { name: `DINNER ${s}`, description: null, rule: null })).rejects.toThrow(/already a list with this name/);
    expect((await addPeopleToList(t.db, actor, list.id, [a.id, b.id])).added).toBe(2);
    expect((await addPeopleToList(t.db, actor, list.id, [a.id])).added).toBe(0);
    expect(await countMembers(t.db, list)).toBe(2);
    expect((await listMembers(t.db, list)).map((m) => m.id)).toEqual([a.id, b.id]);
    expect((await removePeopleFromList(t.db, actor, list.id, [a.id])).removed).toBe(1);
    const renamed = await updateContactList(t.db, actor, list.id, { name: `Spring dinner ${s}`, description: "Hosts" });
    expect(renamed.name).toBe(`Spring dinner ${s}`);
    expect((await listContactLists(t.db)).find((l) => l.id === list.id)).toMatchObject({ members: 1, smart: false });

    const smart = await createContactList(t.db, actor, { name: `Missions ${s}`, description: null, rule: { organizationKind: "permanent_mission" } });
    expect(smart.smart).toBe(true);
    await expect(addPeopleToList(t.db, actor, smart.id, [a.id])).rejects.toThrow(/smart list/);
    expect(await t.db.select().from(contactListMembers).where(eq(contactListMembers.listId, smart.id))).toHaveLength(0);
    expect(await describeRule(t.db, smart.rule)).toBe("Organization is: permanent mission");

    await deleteContactList(t.db, actor, list.id);
    expect(await t.db.select().from(contactListMembers).where(eq(contactListMembers.listId, list.id))).toHaveLength(0);
    expect(await t.db.select().from(people).where(eq(people.id, b.id))).toHaveLength(1);
    const history = await t.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, list.id));
    expect(history.map((h) => h.action).sort()).toEqual(["list.created", "list.deleted", "list.members_added", "list.members_removed", "list.updated"]);
  });
});

describe("the demo seed's contacts", () => {
  const t = useTestDatabase();

  it("tags seeded people and finds the permanent missions' people with the smart list", async () => {
    const { seed } = await import("@/db/seed/seed");
    await seed(t.db);
    const lists = await listContactLists(t.db);
    const missions = lists.find((l) => l.name === "All permanent missions");
    expect(missions).toMatchObject({ smart: true });
    expect(missions!.members).toBeGreaterThanOrEqual(7);
    expect(lists.find((l) => l.name === "WPS dinner regulars")).toMatchObject({ smart: false, members: 6 });
    const names = (await listMembers(t.db, missions!)).map((m) => m.familyName);
    expect(names).toEqual(expect.arrayContaining(["Juul", "Favre", "Agyeman"]));
    // Seeding again adds nothing twice.
    await seed(t.db, { force: true });
    expect((await listContactLists(t.db)).find((l) => l.name === "WPS dinner regulars")?.members).toBe(6);
  });
});

describe("merging two records of one person", () => {
  const t = useTestDatabase();

  it("keeps the duplicate's tags and static-list places on the kept record", async () => {
    const { mergePeople } = await import("./mutations");
    const s = stamp();
    const [keep, dup] = await t.db
      .insert(people)
      .values([
        { givenName: "Mona", familyName: `Juul ${s}` },
        { givenName: "Mona", familyName: `Juul ${s}`, email: `mona.${s}@example.org` },
      ])
      .returning();
    await tagPeople(t.db, actor, [keep.id, dup.id], `Board ${s}`);
    await tagPeople(t.db, actor, [dup.id], `Donors ${s}`);
    const list = await createContactList(t.db, actor, { name: `Merge ${s}`, description: null, rule: null });
    await addPeopleToList(t.db, actor, list.id, [dup.id]);
    await mergePeople(t.db, actor, { keepId: keep.id, mergeId: dup.id });
    expect((await tagsOfPeople(t.db, [keep.id])).get(keep.id)?.map((x) => x.name)).toEqual([`Board ${s}`, `Donors ${s}`]);
    expect((await listMembers(t.db, list)).map((m) => m.id)).toEqual([keep.id]);
  });
});
