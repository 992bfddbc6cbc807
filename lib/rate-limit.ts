import { lt, sql } from "drizzle-orm";
import { rateLimits } from "@/db/schema";
import { preparedEverywhere } from "@/db/per-database";
import type { Db } from "@/db/types";

export type RateLimitResult = { allowed: boolean; count: number; retryAfterMs: number };

/**
 * Counts one attempt against `key` in a fixed window, atomically in the
 * database, so every app instance (and the embedded database) shares the
 * same counters. A new window starts once the old one has passed.
 */
export async function consumeRateLimit(
  db: Db,
  key: string,
  opts: { limit: number; windowMs: number; now?: Date },
): Promise<RateLimitResult> {
  const now = opts.now ?? new Date();
  const windowStartFloor = new Date(now.getTime() - opts.windowMs);
  const [row] = await consumeQuery(db).execute({ key, now, floor: windowStartFloor.toISOString() });
  const count = Number(row.count);
  const windowStart = row.windowStart;
  const allowed = count <= opts.limit;
  return { allowed, count, retryAfterMs: allowed ? 0 : Math.max(0, windowStart.getTime() + opts.windowMs - now.getTime()) };
}

// Every guest's answer and every public form counts here first: built once.
const consumeQuery = preparedEverywhere((db) => {
  const expired = sql`${rateLimits.windowStart} <= ${sql.placeholder("floor")}`;
  return db
    .insert(rateLimits)
    .values({ key: sql.placeholder("key"), windowStart: sql.placeholder("now"), count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${expired} then 1 else ${rateLimits.count} + 1 end`,
        windowStart: sql`case when ${expired} then excluded.window_start else ${rateLimits.windowStart} end`,
      },
    })
    .returning({ count: rateLimits.count, windowStart: rateLimits.windowStart })
    .prepare("consume_rate_limit");
});

/**
 * Removes counters whose window has long passed, so the table stays small:
 * hourly from the email timer (pruneRateLimitsHourly below) and on every
 * `npm run email:deliver`.
 */
export async function pruneRateLimits(db: Db, olderThan: Date): Promise<number> {
  const gone = await db.delete(rateLimits).where(lt(rateLimits.windowStart, olderThan)).returning({ key: rateLimits.key });
  return gone.length;
}

/** Longer than any window Convene counts in (the longest is a day): a counter older than this counts nothing. */
export const RATE_LIMIT_RETENTION_MS = 2 * 24 * 3_600_000;
const PRUNE_EVERY_MS = 3_600_000;

const holder = globalThis as unknown as { __convene_rate_limits_pruned_at?: number };

/**
 * For the email timer (lib/email/trigger.ts), which ticks every few seconds:
 * prunes expired counters at most once an hour in this process. Every spoofed
 * address or email typed into a form leaves a row; without this the table
 * only grows. Returns how many went, or null when it was not yet time.
 */
export async function pruneRateLimitsHourly(db: Db, now = new Date()): Promise<number | null> {
  const last = holder.__convene_rate_limits_pruned_at;
  if (last !== undefined && now.getTime() - last < PRUNE_EVERY_MS) return null;
  holder.__convene_rate_limits_pruned_at = now.getTime();
  return pruneRateLimits(db, new Date(now.getTime() - RATE_LIMIT_RETENTION_MS));
}
