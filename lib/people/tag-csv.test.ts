import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { contactListMembers, people, personTags } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { useTestDatabase } from "@/lib/test/db";
import { parsePeopleCsv, peopleToCsv } from "./csv";
import { createContactList, listMembers } from "./lists";
import { importTagsCsv, parseTagCsv } from "./tag-csv";
import { tagPeople, tagsOfPeople } from "./tags";

const actor: Actor = { kind: "system", label: "test" };

describe("reading a tags CSV", () => {
  it("reads email and tags, passes over the people columns, and names every bad row by line", () => {
    const csv = ["Given name,Family name,Email,Tags", "Mona,Juul,mona@example.org,Board; Press", "Odd,Hanssen,not-an-email,Board", ",,,Donors", "Ine,S,MONA@example.org,", `A,B,a@example.org,${"x".repeat(61)}`].join("\n");
    const { rows, errors } = parseTagCsv(csv);
    expect(rows).toEqual([{ line: 2, email: "mona@example.org", tags: ["Board", "Press"] }]);
    expect(errors).toEqual([
      { line: 3, message: "Invalid email “not-an-email”" },
      { line: 4, message: "Missing email" },
      { line: 5, message: "Email mona@example.org is repeated within the file (first at line 2)" },
      { line: 6, message: "Keep a tag under 60 characters" },
    ]);
    expect(parseTagCsv("Name,Tags\nx,y").errors[0]).toMatchObject({ line: 1, message: expect.stringMatching(/unknown column “Name” and no Email column/) });
  });

  it("lets the people import read a file with a Tags column", () => {
    expect(parsePeopleCsv("Given name,Family name,Email,Tags\nMona,Juul,mona@example.org,Board").errors).toEqual([]);
  });
});

describe("importing tags and list members", () => {
  const t = useTestDatabase();

  it("round-trips: a list exported with its tags imports into another list with the same tags", async () => {
    const s = crypto.randomUUID().slice(0, 8);
    const [a, b] = await t.db
      .insert(people)
      .values([
        { givenName: "Mona", familyName: `Juul ${s}`, email: `mona.${s}@example.org` },
        { givenName: "Odd", familyName: `Hanssen ${s}`, email: `odd.${s}@example.org` },
      ])
      .returning();
    await tagPeople(t.db, actor, [a.id], `Board ${s}`);
    const exported = peopleToCsv([a, b], { tags: await tagsOfPeople(t.db, [a.id, b.id]) });
    expect(exported).toContain(`Board ${s}`);
    // The tag comes off, then the export puts it back, and fills a new list.
    await t.db.delete(personTags).where(eq(personTags.personId, a.id));
    const list = await createContactList(t.db, actor, { name: `Imported ${s}`, description: null, rule: null });
    const result = await importTagsCsv(t.db, actor, exported, { listId: list.id });
    expect(result).toEqual({ ok: true, people: 2, tagged: 1, addedToList: 2, listName: list.name });
    expect((await tagsOfPeople(t.db, [a.id])).get(a.id)?.map((x) => x.name)).toEqual([`Board ${s}`]);
    expect((await listMembers(t.db, list)).map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
  });

  it("writes nothing when one row is bad or names someone not in the directory", async () => {
    const s = crypto.randomUUID().slice(0, 8);
    const [a] = await t.db.insert(people).values({ givenName: "Ann", familyName: `K ${s}`, email: `ann.${s}@example.org` }).returning();
    const list = await createContactList(t.db, actor, { name: `Half ${s}`, description: null, rule: null });
    const result = await importTagsCsv(t.db, actor, `Email,Tags\nann.${s}@example.org,Press ${s}\nnobody.${s}@example.org,Press ${s}\n`, { listId: list.id });
    expect(result).toEqual({ ok: false, errors: [{ line: 3, message: expect.stringMatching(/No one in the directory has the address nobody/) }] });
    expect(await t.db.select().from(personTags).where(eq(personTags.personId, a.id))).toHaveLength(0);
    expect(await t.db.select().from(contactListMembers).where(eq(contactListMembers.listId, list.id))).toHaveLength(0);
    const smart = await createContactList(t.db, actor, { name: `Smart ${s}`, description: null, rule: { affiliationContains: "x" } });
    await expect(importTagsCsv(t.db, actor, `Email\nann.${s}@example.org`, { listId: smart.id })).rejects.toThrow(/smart list/);
  });
});
