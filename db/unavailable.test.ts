import { sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { useUnreachablePorts } from "@/lib/test/unreachable-ports";
import { openPostgres } from "@/db/client";
import { isPostgres } from "@/lib/test/db";
import { startTcpProxy } from "@/lib/test/tcp-proxy";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "./unavailable";

describe("telling a database out of reach from any other failure", () => {
  it("reads the driver's codes and SQLSTATEs through Drizzle's wrapping", () => {
    const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1"), { cause });
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("connect"), { code: "ECONNREFUSED" })))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("gone"), { code: "CONNECTION_ENDED" })))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("shutting down"), { code: "57P01" })))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("no route"), { code: "08006" })))).toBe(true);
    expect(isDatabaseUnavailable(wrapped(Object.assign(new Error("duplicate"), { code: "23505" })))).toBe(false);
    expect(isDatabaseUnavailable(new Error("plain"))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });
});

/**
 * A real postgres.js client against a port that takes connections and drops
 * them, and one that refuses them: the error Next.js gets carries the digest
 * error.tsx reads, for a query and for a transaction that cannot begin.
 */
describe("errors from a database out of reach carry a digest that says so", () => {
  const ports = useUnreachablePorts();

  for (const [what, port] of [
    ["refused", () => ports.refused()],
    ["dropped", () => ports.dropped()],
  ] as const) {
    it(`connection ${what}: query and transaction fail fast with the digest`, async () => {
      const handle = openPostgres(`postgres://postgres@127.0.0.1:${port()}/convene_faults_nowhere`, 2);
      try {
        const started = Date.now();
        const query = await handle.db.execute(sql`select 1`).catch((e: unknown) => e);
        const tx = await handle.db.transaction(async (t) => t.execute(sql`select 1`)).catch((e: unknown) => e);
        expect(Date.now() - started).toBeLessThan(5_000);
        for (const e of [query, tx]) {
          expect(e).toBeInstanceOf(Error);
          expect(isDatabaseUnavailable(e)).toBe(true);
          expect((e as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE);
        }
        // Read before Next.js logs it: the parameters (a token, an address) are gone by then.
        const withParams = (await handle.db.execute(sql`select ${"secret-token-value"}::text`).then(
          () => new Error("answered"),
          (e: unknown) => e,
        )) as Error & { digest?: string };
        expect(withParams.digest).toBe(DATABASE_UNAVAILABLE);
        expect(`${withParams.message} ${withParams.stack} ${JSON.stringify(withParams)}`).not.toContain("secret-token-value");
        // Next.js may give an error a digest of its own; the one it sets is the one it reads back.
        (query as { digest?: string }).digest = "123";
        expect((query as { digest?: string }).digest).toBe("123");
      } finally {
        await handle.close();
      }
    });
  }
});

/**
 * PostgreSQL behind a proxy that a test cuts: every way of being out of
 * reach fails a query within seconds, and the same client answers again
 * within a second or two of the database coming back, however many
 * attempts failed meanwhile (postgres.js alone waits up to 20 s between them).
 */
describe("a database that goes away and comes back", () => {
  it.skipIf(!isPostgres())("fails fast while refused, dropped or silent; recovers at once", async () => {
    const base = new URL(inject("postgresUrl"));
    const proxy = await startTcpProxy({ host: base.hostname, port: Number(base.port || 5432) });
    base.host = `127.0.0.1:${proxy.port}`;
    const handle = openPostgres(base.toString(), 4);
    const ask = async () => {
      const started = Date.now();
      const outcome = await handle.db.execute(sql`select 1 as one`).then(
        () => "ok",
        (e: unknown) => ((e as { digest?: string }).digest === DATABASE_UNAVAILABLE ? "unavailable" : String(e)),
      );
      return { outcome, ms: Date.now() - started };
    };
    try {
      expect((await ask()).outcome).toBe("ok");
      const timings: Record<string, number[]> = {};
      for (const mode of ["refuse", "drop", "hang"] as const) {
        await proxy.set(mode);
        // Several at once and one after another: later attempts must not wait out a growing backoff.
        // ("hang" waits out the connect timeout each time: fewer of those.)
        const results =
          mode === "hang"
            ? [...(await Promise.all([ask(), ask()])), await ask()]
            : [...(await Promise.all([ask(), ask(), ask()])), await ask(), await ask(), await ask()];
        expect(results.map((r) => r.outcome)).toEqual(Array(results.length).fill("unavailable"));
        timings[mode] = results.map((r) => r.ms);
        // "hang" is bounded by the 5 s connect timeout; the others fail at once.
        expect(Math.max(...timings[mode])).toBeLessThan(mode === "hang" ? 7_000 : 2_000);
        await proxy.set("refuse");
      }
      await proxy.set("open");
      const back = await ask();
      expect(back.outcome).toBe("ok");
      expect(back.ms).toBeLessThan(2_000);
      console.log(`[measure] out of reach, ms per query: ${JSON.stringify(timings)}; back after ${back.ms} ms`);
    } finally {
      await handle.close();
      await proxy.close();
    }
  });
});
