import { databaseEnv as env } from "./env";
import { openDatabase, type DatabaseHandle } from "./client";

export type { Db, Tx } from "./types";

// One database per server process: postgres.js when DATABASE_URL is set,
// the embedded PGlite folder otherwise. Kept on globalThis so development
// reloads do not open a second client (or a second PGlite on one folder).
const holder = globalThis as unknown as { __convene_db?: DatabaseHandle };

export function databaseHandle(): DatabaseHandle {
  if (!holder.__convene_db) {
    holder.__convene_db = env.DATABASE_URL
      ? openDatabase({ driver: "postgres", url: env.DATABASE_URL })
      : openDatabase({ driver: "pglite", dir: env.PGLITE_DIR });
  }
  return holder.__convene_db;
}

export function getDb() {
  return databaseHandle().db;
}

/** Closes this process's database (its pool, or the PGlite folder and its lock); the next getDb() opens it again. */
export async function closeDatabase(): Promise<void> {
  const handle = holder.__convene_db;
  holder.__convene_db = undefined;
  await handle?.close();
}
