import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import type { Db } from "@/db/types";
import { useTestDatabase } from "@/lib/test/db";
import { useUnreachablePorts } from "@/lib/test/unreachable-ports";
import { BUILD_JOURNAL, healthResponse, lastAppliedMigration, pendingMigrations, readiness, readinessResponse } from "./health";

const test = useTestDatabase();
const ports = useUnreachablePorts();

const journal = { entries: [{ tag: "0000_a", when: 100 }, { tag: "0001_b", when: 200 }, { tag: "0002_c", when: 300 }] };

describe("pending migrations, by Drizzle's rule", () => {
  it("counts the build's migrations newer than the newest the database recorded", () => {
    expect(pendingMigrations(journal, 300)).toBe(0);
    expect(pendingMigrations(journal, 200)).toBe(1);
    expect(pendingMigrations(journal, 100)).toBe(2);
    expect(pendingMigrations(journal, null)).toBe(3);
  });

  it("a database ahead of the build (an upgrade under way) has none pending", () => {
    expect(pendingMigrations(journal, 400)).toBe(0);
  });

  it("the build's journal is the one in db/migrations, read at build time", () => {
    const onDisk = JSON.parse(fs.readFileSync(path.join(process.cwd(), "db/migrations/meta/_journal.json"), "utf8")) as typeof BUILD_JOURNAL;
    expect(BUILD_JOURNAL.entries.map((e) => e.tag)).toEqual(onDisk.entries.map((e) => e.tag));
    for (const e of BUILD_JOURNAL.entries) expect(fs.existsSync(path.join(process.cwd(), "db/migrations", `${e.tag}.sql`))).toBe(true);
  });
});

describe("readiness", () => {
  it("is ready on a migrated database", async () => {
    expect(await lastAppliedMigration(test.db)).toBe(BUILD_JOURNAL.entries.at(-1)!.when);
    expect(await readiness(() => test.db, { stopping: false })).toEqual({ ready: true });
  });

  it("is not ready while the process is stopping, and asks the database nothing", async () => {
    const untouched = () => {
      throw new Error("the database was asked");
    };
    expect(await readiness(untouched, { stopping: true })).toEqual({ ready: false, reason: "stopping" });
  });

  it("is not ready when the database is out of reach: it refuses, drops the connection, or does not answer in time", async () => {
    for (const port of [ports.refused(), ports.dropped()]) {
      const handle = openDatabase({ driver: "postgres", url: `postgres://postgres@127.0.0.1:${port}/convene`, max: 1 });
      try {
        expect(await readiness(() => handle.db, { stopping: false })).toEqual({ ready: false, reason: "database unreachable" });
      } finally {
        await handle.close();
      }
    }
    const silent = { execute: () => new Promise(() => {}) } as unknown as Db;
    expect(await readiness(() => silent, { stopping: false, timeoutMs: 20 })).toEqual({ ready: false, reason: "database unreachable" });
    const unopenable = () => {
      throw new Error("cannot open");
    };
    expect(await readiness(unopenable, { stopping: false })).toEqual({ ready: false, reason: "database unreachable" });
  });

  // Last: these take rows out of this file's own database.
  it("is not ready while migrations are pending, and says how many", async () => {
    const newest = BUILD_JOURNAL.entries.at(-1)!.when;
    await test.db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = ${newest}`);
    expect(await readiness(() => test.db, { stopping: false })).toEqual({ ready: false, reason: "migrations pending: 1" });
    await test.db.execute(sql`delete from drizzle.__drizzle_migrations`);
    expect(await readiness(() => test.db, { stopping: false })).toEqual({ ready: false, reason: `migrations pending: ${BUILD_JOURNAL.entries.length}` });
    // A database never migrated has no table at all.
    await test.db.execute(sql`drop table drizzle.__drizzle_migrations`);
    expect(await lastAppliedMigration(test.db)).toBeNull();
    expect(await readiness(() => test.db, { stopping: false })).toEqual({ ready: false, reason: `migrations pending: ${BUILD_JOURNAL.entries.length}` });
  });
});

describe("the answers", () => {
  it("liveness: 200 {status: ok}, never cached", async () => {
    const r = healthResponse();
    expect(r.status).toBe(200);
    expect(r.headers.get("cache-control")).toBe("no-store");
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await r.json()).toEqual({ status: "ok" });
  });

  it("readiness: 200 when ready, 503 with the reason otherwise, never cached", async () => {
    const ok = readinessResponse({ ready: true });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("cache-control")).toBe("no-store");
    expect(await ok.json()).toEqual({ status: "ok" });
    const not = readinessResponse({ ready: false, reason: "migrations pending: 2" });
    expect(not.status).toBe(503);
    expect(not.headers.get("cache-control")).toBe("no-store");
    expect(await not.json()).toEqual({ status: "unavailable", reason: "migrations pending: 2" });
  });
});
