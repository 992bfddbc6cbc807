import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { auditLog, people } from "@/db/schema";
import { DomainError } from "@/lib/errors";
import { doneOrUntouched, formOf, HUGE, nastyString, refusedOrDone, rowCounts, runs } from "@/lib/test/bad-input";
import { useTestDatabase } from "@/lib/test/db";
import { parsePeopleCsv } from "./csv";
import { importPeople } from "./import";
import { createPerson, mergePeople, updatePerson } from "./mutations";
import { mergePeopleSchema, personSchema, updatePersonSchema } from "./schema";

const actor = { kind: "system" as const, label: "bad-input test" };
const tables = { people, auditLog };

const personForm = formOf({
  honorific: fc.constantFrom("Dr.", "Ms.", "H.E."),
  givenName: fc.constantFrom("Ine", "Terje", "Amaka"),
  familyName: fc.constantFrom("Søreide", "Rød-Larsen", "Obi"),
  positionTitle: fc.constantFrom("Minister", "Ambassador"),
  affiliation: fc.constantFrom("Ministry of Foreign Affairs, Norway", "IPI"),
  email: fc.emailAddress(),
  notes: fc.string({ maxLength: 50 }),
});

describe("people: bad input", () => {
  const t = useTestDatabase();

  it("the person form: any input is a field error or a saved person, never an unexpected error", async () => {
    await fc.assert(
      fc.asyncProperty(personForm, async (form) => {
        const parsed = personSchema.safeParse(form);
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          return;
        }
        await doneOrUntouched(t.db, tables, () => createPerson(t.db, actor, parsed.data));
      }),
      runs(80),
    );
  });

  it("updating and merging: another's id, a random id or no id at all is refused in words, and changes nothing", async () => {
    const a = await createPerson(t.db, actor, personSchema.parse({ givenName: "Adam", familyName: "Lupel" }));
    const b = await createPerson(t.db, actor, personSchema.parse({ givenName: "Jake", familyName: "Sherman" }));
    const id = fc.oneof(fc.constantFrom(a.id, b.id), fc.uuid(), nastyString);
    await fc.assert(
      fc.asyncProperty(id, id, personForm, async (first, second, form) => {
        const before = await rowCounts(t.db, tables);
        const update = updatePersonSchema.safeParse({ ...form, id: first });
        if (update.success) {
          const { id: which, ...input } = update.data;
          const outcome = await refusedOrDone(() => updatePerson(t.db, actor, which, input));
          if (outcome !== "done") expect((await rowCounts(t.db, tables)).people).toBe(before.people);
        }
        const merge = mergePeopleSchema.safeParse({ keepId: first, mergeId: second });
        if (merge.success && ![a.id, b.id].includes(merge.data.keepId)) {
          const outcome = await refusedOrDone(() => mergePeople(t.db, actor, merge.data));
          expect(outcome).toBeInstanceOf(DomainError);
        }
      }),
      runs(40),
    );
  });

  it("a CSV of any bytes is read into rows or refused by line, never thrown", () => {
    const csv = fc.oneof(
      fc.string({ unit: "binary", maxLength: 400 }),
      fc.array(fc.array(nastyString.filter((s) => s.length < 1000), { maxLength: 7 }).map((cells) => cells.join(",")), { maxLength: 6 }).map((lines) => `Given name,Family name,Email\n${lines.join("\n")}`),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => new TextDecoder().decode(bytes)),
    );
    fc.assert(
      fc.property(csv, (text) => {
        const { rows, errors } = parsePeopleCsv(text);
        for (const e of errors) {
          expect(e.line).toBeGreaterThanOrEqual(1);
          expect(e.message).toMatch(/\S/);
        }
        if (errors.length === 0) expect(rows.length).toBeGreaterThan(0);
      }),
      runs(300),
    );
  });

  it("importing any CSV writes all of it or nothing", async () => {
    const cellArb = fc.oneof({ weight: 3, arbitrary: fc.constantFrom("Ine", "Søreide", "ine@example.org", "") }, { weight: 2, arbitrary: nastyString.filter((s) => s !== HUGE) });
    const row = fc.array(cellArb, { minLength: 2, maxLength: 4 }).map((cells) => cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","));
    const csv = fc.array(row, { minLength: 1, maxLength: 5 }).map((rows) => `Given name,Family name,Email\n${rows.join("\n")}\n`);
    await fc.assert(
      fc.asyncProperty(csv, async (text) => {
        const before = await rowCounts(t.db, tables);
        const outcome = await refusedOrDone(async () => {
          const result = await importPeople(t.db, actor, text);
          if (!result.ok) expect(await rowCounts(t.db, tables)).toEqual(before);
        });
        if (outcome !== "done") expect(await rowCounts(t.db, tables)).toEqual(before);
      }),
      runs(60),
    );
  });
});
