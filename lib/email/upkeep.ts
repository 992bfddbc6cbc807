import type { Db } from "@/db/types";
import { describeUnavailable, isDatabaseUnavailable } from "@/db/unavailable";
import { purgeSentEmails } from "./retention";

// Sent emails past their retention period are emptied once an hour by each delivering process.
export const PURGE_EVERY_MS = 3_600_000;

/**
 * After a delivery run, by whoever delivers (a server's runs in
 * lib/email/trigger.ts, the worker's loop in lib/email/worker.ts): empties
 * the content of emails past their retention period when `clock.purgedAt`
 * is an hour old or unset. Returns whether it purged.
 */
export async function purgeHourly(db: Db, clock: { purgedAt?: number }, now = Date.now()): Promise<boolean> {
  if (now - (clock.purgedAt ?? 0) < PURGE_EVERY_MS) return false;
  clock.purgedAt = now;
  await purgeSentEmails(db);
  return true;
}

/**
 * The one log line for a delivery run that threw: "paused" when the database
 * is out of reach (the next run tries again), "failed" otherwise. Never the
 * error itself: a failed query's message carries its parameters (addresses,
 * links).
 */
export function deliveryFailureLine(e: unknown): string {
  if (isDatabaseUnavailable(e)) return `Email delivery paused: ${describeUnavailable(e)}; the next run tries again.`;
  return `Email delivery failed: ${e instanceof Error ? e.message : String(e)}`;
}
