import { count } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import fc from "fast-check";
import { expect } from "vitest";
import type { Db } from "@/db/types";
import { DomainError } from "@/lib/errors";

// Input people and programs really send, at its worst: the strings and ids
// the property tests feed to every schema and mutation.

/** One megabyte of text, as a pasted document or a script might send. */
export const HUGE = "x".repeat(1024 * 1024);

/** Characters that have broken forms, databases and CSV files somewhere. */
export const NASTY = [
  "",
  " ",
  "\t\n\r",
  "\u0000",
  "Ine\u0000Søreide",
  "\uD800",
  "\uDFFFtail",
  "a\uD83D",
  "\u202Emalicious\u202C",
  "\u200F\u200E\u061C",
  "مرحبا بالعالم",
  "👩🏽‍⚖️🇳🇴",
  "e\u0301\u0301\u0301\u0301",
  "Z\u0337\u0321\u031B\u034Ea\u0338l\u0336g\u0335o",
  "\uFEFFbom",
  "\u00A0\u2007\u202F",
  "'=HYPERLINK(\"http://x\")",
  "=cmd|' /C calc'!A0",
  "<script>alert(1)</script>",
  "'; drop table people; --",
  "NaN",
  "Infinity",
  "-1",
  "1e309",
  "0x10",
  "2026-02-30T10:00",
  "9999-99-99T99:99",
  "00000000-0000-0000-0000-000000000000",
  "not-a-uuid",
  "x@y",
  "a@b.c",
  "name@example.org\u0000",
  "%00",
  "../../etc/passwd",
] as const;

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.string({ maxLength: 10 }), fc.constantFrom(...NASTY)).map((p) => p.join("")) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
);

/**
 * A form: a well-formed one with one to three of its fields spoilt (missing,
 * nasty or of the wrong type), plus now and then fields the schema does not know.
 */
export function formOf(fields: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<Record<string, unknown>> {
  const names = Object.keys(fields);
  const spoilt = fc.oneof({ weight: 1, arbitrary: fc.constant(undefined) }, { weight: 4, arbitrary: nastyString }, { weight: 1, arbitrary: wrongType });
  return fc
    .tuple(
      fc.record(fields),
      fc.uniqueArray(fc.constantFrom(...names), { minLength: 1, maxLength: Math.min(3, names.length) }),
      fc.array(spoilt, { minLength: 3, maxLength: 3 }),
      fc.option(fc.dictionary(fc.string({ maxLength: 12 }), nastyString, { maxKeys: 2 }), { freq: 4 }),
    )
    .map(([good, which, bad, extra]) => {
      const form: Record<string, unknown> = { ...(extra ?? {}), ...good };
      which.forEach((name, i) => {
        if (bad[i] === undefined) delete form[name];
        else form[name] = bad[i];
      });
      return form;
    });
}

/** What a form never sends but a hand-made request can. */
export const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(["a", "b"]),
  fc.constant({ toString: "x" }),
  fc.constant(new Date(Number.NaN)),
);

/** An id as a form might carry one: another row's, a random one, or not an id at all. */
export function idFrom(ids: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...ids), fc.uuid(), fc.constantFrom("", "not-a-uuid", "00000000-0000-0000-0000-000000000000", `${ids[0]}x`, ids[0].toUpperCase()));
}

/** Row counts of the tables a mutation may write. */
export async function rowCounts(db: Db, tables: Record<string, PgTable>): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = row.n;
  }
  return out;
}

/**
 * Runs a mutation the way an action does and says how it ended: done, or
 * refused with a DomainError. Anything else is rethrown, and fails the property.
 */
export async function refusedOrDone(run: () => Promise<unknown>): Promise<"done" | DomainError> {
  try {
    await run();
    return "done";
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
}

/** fast-check options: few runs, so each file stays within seconds; a fixed seed when FC_SEED is set. */
export const runs = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {}),
});

/** refusedOrDone, and a refusal must leave every table as it was: nothing half-written. */
export async function doneOrUntouched(db: Db, tables: Record<string, PgTable>, run: () => Promise<unknown>): Promise<"done" | DomainError> {
  const before = await rowCounts(db, tables);
  const outcome = await refusedOrDone(run);
  if (outcome !== "done") expect(await rowCounts(db, tables)).toEqual(before);
  return outcome;
}
