import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openPostgres } from "./client";

const url = process.env.TEST_DATABASE_URL;

// Convene's statements are short: JIT compilation costs far more than it saves
// (300 ms of compiling for a 9 ms lookup of the archive's years at 100 000 events).
describe.skipIf(!url)("Convene's PostgreSQL connections", () => {
  it("run without JIT compilation", async () => {
    const handle = openPostgres(url!, 1);
    try {
      const result = await handle.db.execute(sql`show jit`);
      const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { jit: string }[];
      expect(rows[0].jit).toBe("off");
    } finally {
      await handle.close();
    }
  });
});
