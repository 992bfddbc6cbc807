import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { databaseEnv as env } from "@/db/env";
import { describeTarget, runScript, withScriptDatabase } from "@/db/cli";
import { acquirePgliteLock } from "@/db/pglite-lock";
import { runMigrations } from "@/db/migrate";
import { seed } from "./seed";

// Empties the database, migrates and loads the demo data. `--empty` skips the data.
runScript(async () => {
  if (!env.DATABASE_URL) {
    // Take the lock first so a running server's folder is never wiped under it.
    const release = acquirePgliteLock(env.PGLITE_DIR);
    fs.rmSync(path.resolve(env.PGLITE_DIR), { recursive: true, force: true });
    release();
  }
  await withScriptDatabase(async (h) => {
    if (h.driver === "postgres") {
      await h.db.execute(sql`drop schema if exists public cascade`);
      await h.db.execute(sql`drop schema if exists drizzle cascade`);
      await h.db.execute(sql`create schema public`);
    }
    await runMigrations(h);
    if (!process.argv.includes("--empty")) await seed(h.db, { force: true });
  });
  console.log(`Reset ${describeTarget()}${process.argv.includes("--empty") ? "" : " with demo data"}.`);
});
