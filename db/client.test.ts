import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPostgres } from "./client";

const url = process.env.TEST_DATABASE_URL;

function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as T[];
}

// Convene's statements are short: JIT compilation costs far more than it saves
// (300 ms of compiling for a 9 ms lookup of the archive's years at 100 000 events).
describe.skipIf(!url)("Convene's PostgreSQL connections", () => {
  it("run without JIT compilation", async () => {
    const handle = openPostgres(url!, 1);
    try {
      const rows = rowsOf<{ jit: string }>(await handle.db.execute(sql`show jit`));
      expect(rows[0].jit).toBe("off");
    } finally {
      await handle.close();
    }
  });

  // db/prepared.ts: a statement with parameters, unprepared, costs postgres.js two round
  // trips and PostgreSQL a parse and plan every time. Prepared once per connection, one.
  const preparedOnConnection = async (db: ReturnType<typeof openPostgres>["db"], marker: string) =>
    rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from pg_prepared_statements where statement like ${`%${marker}%`}`))[0].n;

  it("prepare every statement drizzle sends, in transactions too", async () => {
    const handle = openPostgres(url!, 1, true);
    try {
      // Each statement names its own marker (the count's own text holds it only as a parameter).
      await handle.db.execute(sql`select ${"a"}::text as prepared_marker_one`);
      await handle.db.execute(sql`select ${"b"}::text as prepared_marker_one`);
      await handle.db.transaction(async (tx) => {
        await tx.execute(sql`select ${"x"}::text as prepared_marker_two`);
        await tx.transaction(async (inner) => inner.execute(sql`select ${"y"}::text as prepared_marker_three`));
      });
      // Once, though sent twice.
      expect(await preparedOnConnection(handle.db, "prepared_marker_one")).toBe(1);
      expect(await preparedOnConnection(handle.db, "prepared_marker_two")).toBe(1);
      expect(await preparedOnConnection(handle.db, "prepared_marker_three")).toBe(1);
    } finally {
      await handle.close();
    }
  });

  it("prepare nothing with DATABASE_PREPARE=off (a pooler in transaction mode)", async () => {
    const handle = openPostgres(url!, 1, false);
    try {
      await handle.db.execute(sql`select ${"a"}::text as prepared_marker_one`);
      await handle.db.transaction(async (tx) => tx.execute(sql`select ${"x"}::text as prepared_marker_two`));
      expect(await preparedOnConnection(handle.db, "prepared_marker")).toBe(0);
    } finally {
      await handle.close();
    }
  });
});
