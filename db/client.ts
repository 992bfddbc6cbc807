import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseEnv } from "./env";
import { failFastOptions, markOutages } from "./outage";
import { acquirePgliteLock } from "./pglite-lock";
import { preparingEveryStatement } from "./prepared";
import * as schema from "./schema";
import type { Db } from "./types";

export type DatabaseHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
  /**
   * Runs `fn` holding a PostgreSQL advisory lock named `name`, so processes
   * that start at once take turns (the migrations). PGlite needs none: one
   * process at a time may open its folder.
   */
  exclusively: <T>(name: string, fn: () => Promise<T>) => Promise<T>;
};

export type OpenOptions =
  | { driver: "postgres"; url: string; max?: number }
  | { driver: "pglite"; dir: string }
  | { driver: "pglite"; dir?: undefined; loadDataDir?: Blob | File };

export function openPostgres(url: string, max = 10, prepare = databaseEnv.DATABASE_PREPARE === "on"): DatabaseHandle {
  // No JIT compilation: Convene's statements are short, and PostgreSQL's cost
  // estimates for some (a lateral lookup per year of the archive) pass the JIT
  // thresholds, where compiling took 300 ms of a 9 ms query.
  const client = postgres(url, { max, onnotice: () => {}, connection: { jit: "off" }, ...failFastOptions() });
  return {
    db: markOutages(drizzlePostgres(prepare ? preparingEveryStatement(client) : client, { schema }) as unknown as Db),
    driver: "postgres",
    close: () => client.end({ timeout: 5 }),
    exclusively: async (name, fn) => {
      // A connection of its own, outside the pool (which may hold one): the
      // lock is the session's, released when that connection ends.
      const holder = postgres(url, { max: 1, onnotice: () => {}, ...failFastOptions() });
      try {
        await holder`select pg_advisory_lock(hashtext(${name}))`;
        return await fn();
      } finally {
        await holder.end({ timeout: 5 });
      }
    },
  };
}

export function openPglite(dir?: string, loadDataDir?: Blob | File): DatabaseHandle {
  const release = dir ? acquirePgliteLock(dir) : () => {};
  const client = new PGlite({ dataDir: dir ? path.resolve(dir) : undefined, extensions: { pg_trgm }, loadDataDir });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    driver: "pglite",
    exclusively: (_name, fn) => fn(),
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

export function openDatabase(opts: OpenOptions): DatabaseHandle {
  if (opts.driver === "postgres") return openPostgres(opts.url, opts.max);
  return openPglite(opts.dir, "loadDataDir" in opts ? opts.loadDataDir : undefined);
}
