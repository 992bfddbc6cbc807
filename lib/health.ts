import { sql } from "drizzle-orm";
import journal from "@/db/migrations/meta/_journal.json";
import type { Db } from "@/db/types";

// What a load balancer or an orchestrator asks a Convene process:
//  - /api/health, liveness: the process answers. No database: a database
//    outage must not get every instance restarted.
//  - /api/ready, readiness: send it work. The database answers (one cheap
//    query, bounded in time), its migrations are the ones this build was
//    made with, and the process is not stopping (SIGTERM, lib/lifecycle.ts).
// Both answer JSON, are never cached, and sit outside sign-in (proxy.ts
// leaves them alone, the outage page included).

/** How long the readiness query may take before the database counts as out of reach. */
export const READY_TIMEOUT_MS = 3_000;

export type MigrationJournal = { entries: readonly { tag: string; when: number }[] };

/** The migrations this build carries (db/migrations/meta/_journal.json, read at build time). */
export const BUILD_JOURNAL: MigrationJournal = journal;

export type Readiness = { ready: true } | { ready: false; reason: string };

/**
 * How many of the build's migrations the database has not applied, by
 * Drizzle's own rule: a migration is applied once the newest recorded one
 * (created_at, the journal's `when`) is not older than it. `null`: nothing recorded.
 */
export function pendingMigrations(build: MigrationJournal, lastAppliedAt: number | null): number {
  if (lastAppliedAt === null) return build.entries.length;
  return build.entries.filter((m) => m.when > lastAppliedAt).length;
}

/**
 * The `when` of the newest migration the database recorded, or null when it
 * recorded none (no table yet: a database never migrated). Any other error
 * (out of reach) is thrown.
 */
export async function lastAppliedMigration(db: Db): Promise<number | null> {
  try {
    const result: unknown = await db.execute(sql`select max(created_at) as last from drizzle.__drizzle_migrations`);
    // postgres.js answers with the rows, PGlite with { rows }; created_at is a bigint (a string from postgres.js).
    const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { last: string | number | null }[];
    const last = rows[0]?.last;
    return last === null || last === undefined ? null : Number(last);
  } catch (e) {
    if (errorCode(e) === "42P01" || errorCode(e) === "3F000") return null;
    throw e;
  }
}

function errorCode(e: unknown): string | undefined {
  for (let x: unknown = e, depth = 0; x && typeof x === "object" && depth < 4; x = (x as { cause?: unknown }).cause, depth++) {
    const code = (x as { code?: unknown }).code;
    if (typeof code === "string") return code;
  }
  return undefined;
}

export type ReadinessOptions = {
  /** The process was asked to stop (lib/lifecycle.ts): a balancer should send new work elsewhere. */
  stopping: boolean;
  timeoutMs?: number;
  build?: MigrationJournal;
};

/**
 * Whether this process should be sent work. `db` is opened inside the check,
 * so a database that cannot even be opened counts as out of reach.
 */
export async function readiness(db: () => Db, { stopping, timeoutMs = READY_TIMEOUT_MS, build = BUILD_JOURNAL }: ReadinessOptions): Promise<Readiness> {
  if (stopping) return { ready: false, reason: "stopping" };
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const last = await Promise.race([Promise.resolve().then(() => lastAppliedMigration(db())), outOfTime]);
    if (last === "timeout") return { ready: false, reason: "database unreachable" };
    const pending = pendingMigrations(build, last);
    return pending === 0 ? { ready: true } : { ready: false, reason: `migrations pending: ${pending}` };
  } catch {
    return { ready: false, reason: "database unreachable" };
  } finally {
    clearTimeout(timer);
  }
}

const NEVER_CACHED = { "Cache-Control": "no-store" };

/** /api/health's answer: the process is alive. */
export function healthResponse(): Response {
  return Response.json({ status: "ok" }, { headers: NEVER_CACHED });
}

/** /api/ready's answer: 200, or 503 with the reason in words. */
export function readinessResponse(r: Readiness): Response {
  if (r.ready) return Response.json({ status: "ok" }, { headers: NEVER_CACHED });
  return Response.json({ status: "unavailable", reason: r.reason }, { status: 503, headers: { ...NEVER_CACHED, "Retry-After": "5" } });
}
