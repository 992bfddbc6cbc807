import { describe, expect, it } from "vitest";
import { asc, count, eq } from "drizzle-orm";
import { auditLog, people } from "@/db/schema";
import type { Actor } from "@/lib/audit/record";
import { useTestDatabase } from "@/lib/test/db";
import { importPeople } from "./import";
import { insertPerson } from "./test-fixtures";

const actor: Actor = { kind: "system", label: "test" };
const peopleCount = async (db: Parameters<typeof importPeople>[0]) => (await db.select({ n: count() }).from(people))[0].n;

describe("importing people from a CSV", () => {
  const t = useTestDatabase();

  it("writes nothing when any row is bad, and says which lines and why", async () => {
    const csv = "First name,Last name,Email\nHelen,Clark,helen@example.org\nKofi,,kofi@example.org\nAdam,Lupel,adam@\n";
    const result = await importPeople(t.db, actor, csv);
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, message: "Missing family name" },
        { line: 4, message: "Invalid email “adam@”" },
      ],
    });
    expect(await peopleCount(t.db)).toBe(0);
    expect(await t.db.select().from(auditLog).where(eq(auditLog.action, "people.imported"))).toEqual([]);
  });

  it("matches existing people by email in any letter case: created, updated and unchanged", async () => {
    const helen = await insertPerson(t.db, { givenName: "Helen", familyName: "Clark", affiliation: "UNDP", email: "Helen@Example.org", notes: "Keep" });
    const terje = await insertPerson(t.db, { givenName: "Terje", familyName: "Rød-Larsen", positionTitle: "President", affiliation: "IPI", email: "terje@example.org" });
    const csv = [
      "\uFEFFHonorific,Given name,Family name,Position,Organization,E-mail",
      // Helen's affiliation changes; her blank title does not erase anything.
      "H.E. Ms.,Helen,Clark,,Helen Clark Foundation,HELEN@example.org",
      // Terje's row says what the directory already says.
      ",Terje,Rød-Larsen,President,IPI,TERJE@EXAMPLE.ORG",
      ',Ine Eriksen,Søreide,"Minister of Foreign Affairs, Norway",,ine@example.org',
      ",Zainab,Bangura,,,",
    ].join("\r\n");
    const result = await importPeople(t.db, actor, csv);
    expect(result).toEqual({ ok: true, created: 2, updated: 1, unchanged: 1 });

    const all = await t.db.select().from(people).orderBy(asc(people.familyName));
    expect(all.map((p) => p.familyName)).toEqual(["Bangura", "Clark", "Rød-Larsen", "Søreide"]);
    const updated = all.find((p) => p.id === helen.id);
    expect(updated).toMatchObject({ honorific: "H.E. Ms.", affiliation: "Helen Clark Foundation", notes: "Keep", email: "Helen@Example.org" });
    expect(all.find((p) => p.id === terje.id)?.updatedAt).toEqual(terje.updatedAt);
    expect(all.find((p) => p.familyName === "Søreide")).toMatchObject({ positionTitle: "Minister of Foreign Affairs, Norway", email: "ine@example.org" });

    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "people.imported"));
    expect(audit).toHaveLength(1);
    expect(audit[0].after).toMatchObject({ created: 2, updated: 1, unchanged: 1, changes: [{ id: helen.id, honorific: "H.E. Ms.", affiliation: "Helen Clark Foundation" }] });
    expect(audit[0].before).toEqual({ updated: [{ id: helen.id, honorific: null, affiliation: "UNDP" }] });

    // The same file again changes nothing.
    expect(await importPeople(t.db, actor, csv.replace(/,Zainab,Bangura,,,$/, ""))).toEqual({ ok: true, created: 0, updated: 0, unchanged: 3 });
  });

  it("refuses a binary file without writing", async () => {
    const before = await peopleCount(t.db);
    const result = await importPeople(t.db, actor, "PK\u0003\u0004\u0000\u0000binary");
    expect(result).toEqual({ ok: false, errors: [{ line: 1, message: expect.stringMatching(/not a text file/) }] });
    expect(await peopleCount(t.db)).toBe(before);
  });
});
