import fs from "node:fs";
import type { Socket } from "node:net";
import path from "node:path";
import { DrizzleQueryError, sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { describe, expect, it } from "vitest";
import { useUnreachablePorts } from "@/lib/test/unreachable-ports";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "./unavailable";
import { openPostgres } from "./client";
import { DRIVERS_CHECKED, failFastOptions } from "./outage";

// The assumptions db/outage.ts rests on, each tested against the installed
// libraries: after an upgrade, this file says which one no longer holds.

function installedVersion(name: string): string {
  const file = path.join(import.meta.dirname, "..", "node_modules", name, "package.json");
  return (JSON.parse(fs.readFileSync(file, "utf8")) as { version: string }).version;
}

describe("db/outage.ts was checked against the libraries installed", () => {
  for (const [name, version] of Object.entries(DRIVERS_CHECKED)) {
    it(`${name} ${version}`, () => {
      // On an upgrade: run this file, re-read db/outage.ts's notes, then update DRIVERS_CHECKED.
      expect(installedVersion(name), `${name} changed: check the assumptions in db/outage.ts`).toBe(version);
    });
  }
});

describe("what Convene assumes of Drizzle and postgres.js", () => {
  const ports = useUnreachablePorts();
  const url = (port: number) => `postgres://postgres@127.0.0.1:${port}/convene_outage_nowhere`;

  it("Drizzle wraps a failed query in DrizzleQueryError: the driver's error as cause, the parameters in its message, no digest of its own", async () => {
    const client = postgres(url(ports.refused()), { max: 1, onnotice: () => {}, connect_timeout: 2 });
    try {
      const e = await drizzle(client)
        .execute(sql`select ${"a-parameter"}::text`)
        .catch((error: unknown) => error);
      expect(e).toBeInstanceOf(DrizzleQueryError);
      const failed = e as DrizzleQueryError;
      expect((failed.cause as { code?: string }).code).toBe("ECONNREFUSED");
      expect(failed.params).toEqual(["a-parameter"]);
      // An own digest would hide the getter db/outage.ts puts on the prototype.
      expect(Object.hasOwn(failed, "digest")).toBe(false);
      expect(Object.hasOwn(new DrizzleQueryError("select 1", [], new Error("syntax")), "digest")).toBe(false);
    } finally {
      await client.end({ timeout: 1 });
    }
  });

  it("a transaction that cannot begin fails with the driver's error, not Drizzle's: openPostgres marks it", async () => {
    const client = postgres(url(ports.refused()), { max: 1, onnotice: () => {}, connect_timeout: 2 });
    const handle = openPostgres(url(ports.refused()), 1);
    try {
      const raw = await drizzle(client)
        .transaction(async (tx) => tx.execute(sql`select 1`))
        .catch((error: unknown) => error);
      expect(raw).not.toBeInstanceOf(DrizzleQueryError);
      expect((raw as { code?: string }).code).toBe("ECONNREFUSED");
      const ours = await handle.db.transaction(async (tx) => tx.execute(sql`select 1`)).catch((error: unknown) => error);
      expect((ours as { digest?: string }).digest).toBe(DATABASE_UNAVAILABLE);
      // And a query's error, through the prototype's getter, without its parameters.
      const query = (await handle.db.execute(sql`select ${"a-secret"}::text`).catch((error: unknown) => error)) as DrizzleQueryError & { digest?: string };
      expect(query.digest).toBe(DATABASE_UNAVAILABLE);
      expect(query.message).not.toContain("a-secret");
    } finally {
      await client.end({ timeout: 1 });
      await handle.close();
    }
  });

  it("postgres.js opens its connections through the `socket` option, and a silent close fails the query", async () => {
    const options = failFastOptions() as ReturnType<typeof failFastOptions> & { socket: (o: unknown) => Socket };
    let opened = 0;
    const client = postgres(url(ports.dropped()), {
      max: 1,
      onnotice: () => {},
      ...options,
      ...({ socket: (o: unknown) => (opened++, options.socket(o)) } as object),
    });
    try {
      const e = await client`select 1`.catch((error: unknown) => error);
      expect(opened).toBeGreaterThan(0);
      expect(isDatabaseUnavailable(e)).toBe(true);
      expect((e as Error).message).toBe("The database server closed the connection before answering");
    } finally {
      await client.end({ timeout: 1 });
    }
  });
});
