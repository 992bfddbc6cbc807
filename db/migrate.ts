import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { DatabaseHandle } from "./client";

// Beside this module: in the source tree (db/migrations) and in the build
// artifact, where lib/server/finish-build.mjs puts the bundled command at
// db/migrate.js and the migrations at db/migrations.
export const migrationsFolder = path.join(typeof __dirname === "string" ? __dirname : path.join(process.cwd(), "db"), "migrations");

export const MIGRATION_LOCK = "convene.migrations";

export type MigrationReport = { before: number; after: number };

/**
 * Applies the pending migrations. Instances that start at once take turns on
 * a PostgreSQL advisory lock, so the migrations run once: the first applies
 * them, the others find nothing left to do. Both migrators record into the
 * same drizzle.__drizzle_migrations table.
 */
// `folder` is for the upgrade test, which builds a database at an earlier release's migrations.
export async function runMigrations(handle: DatabaseHandle, folder = migrationsFolder): Promise<MigrationReport> {
  return handle.exclusively(MIGRATION_LOCK, async () => {
    const before = await appliedCount(handle);
    if (handle.driver === "pglite") {
      await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder: folder });
    } else {
      await migratePostgres(handle.db as unknown as PostgresJsDatabase, { migrationsFolder: folder });
    }
    return { before, after: await appliedCount(handle) };
  });
}

/** How many migrations the database records as applied (0 for an empty one). */
export async function appliedCount(handle: DatabaseHandle): Promise<number> {
  const exists = await handle.db.execute<{ t: string | null }>(sql`select to_regclass('drizzle.__drizzle_migrations')::text as t`);
  if (!rowsOf<{ t: string | null }>(exists)[0]?.t) return 0;
  const counted = await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return rowsOf<{ n: number }>(counted)[0]?.n ?? 0;
}

// postgres.js answers an array of rows, PGlite an object with `rows`.
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows: T[] }).rows ?? []);
}
