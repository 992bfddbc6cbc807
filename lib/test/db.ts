import fs from "node:fs";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "@/db/client";
import type { Db } from "@/db/types";

let counter = 0;

/** A fresh, migrated database of its own: PGlite in memory, or a PostgreSQL clone of the run's template. */
export async function createTestDatabase(): Promise<DatabaseHandle & { url?: string }> {
  if (inject("testDriver") === "pglite") {
    const dump = new Blob([fs.readFileSync(inject("pgliteDump"))]);
    const handle = openDatabase({ driver: "pglite", loadDataDir: dump });
    await handle.db.execute("select 1");
    return handle;
  }
  const base = inject("postgresUrl");
  const template = inject("postgresTemplate");
  const name = `${template}_${process.pid}_${++counter}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const handle = openDatabase({ driver: "postgres", url, max: 20 });
  return {
    ...handle,
    url,
    close: async () => {
      await handle.close();
      const dropper = postgres(base, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}

/** One database per test file, opened before its tests and closed after. */
export function useTestDatabase(): { readonly db: Db; readonly handle: DatabaseHandle & { url?: string } } {
  let handle: (DatabaseHandle & { url?: string }) | undefined;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });
  return {
    get db() {
      if (!handle) throw new Error("The test database is not open yet");
      return handle.db;
    },
    get handle() {
      if (!handle) throw new Error("The test database is not open yet");
      return handle;
    },
  };
}

export const isPostgres = () => inject("testDriver") === "postgres";

/**
 * An empty PostgreSQL database (no migrations) on the run's server, for tests
 * of migrating, restoring and moving into one. Named after the run's
 * template, so the run's teardown drops it even after a crash.
 */
export async function createEmptyPostgresDatabase(suffix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const base = inject("postgresUrl");
  const name = `${inject("postgresTemplate")}_${suffix}_${process.pid}`;
  const admin = postgres(base, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const dropper = postgres(base, { max: 1, onnotice: () => {} });
      try {
        await dropper.unsafe(`drop database if exists "${name}" with (force)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
