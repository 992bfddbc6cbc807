import type { Db } from "@/db/types";
import { env, type Env } from "@/lib/env";
import { deliverDueEmails, type DeliverOptions, type DeliveryCounts } from "./deliver";
import { RequestPacer } from "./pacer";
import { defaultTransport } from "./transport";

/** How long a claimed email stays this deliverer's before another may send it (CONVENE_EMAIL_LEASE_SECONDS). */
export function leaseMsFrom(source: Pick<Env, "CONVENE_EMAIL_LEASE_SECONDS"> = env): number {
  return source.CONVENE_EMAIL_LEASE_SECONDS * 1000;
}

/** Runs the deliverer until nothing due is left (each run claims at most `limit`). */
export async function deliverAllDue(db: Db, opts: DeliverOptions = {}): Promise<DeliveryCounts> {
  const limit = opts.limit ?? 500;
  const leaseMs = opts.leaseMs ?? leaseMsFrom();
  // One transport and one pacer for all the runs: each run starting afresh
  // sent its first request right after the previous run's last, two in one of
  // the provider's one-second windows, and every few runs a third was refused.
  const transport = opts.transport ?? defaultTransport(db);
  const pacer = opts.pacer ?? new RequestPacer();
  const total: DeliveryCounts = { claimed: 0, sent: 0, retried: 0, failed: 0, suppressed: 0 };
  for (;;) {
    const run = await deliverDueEmails(db, { ...opts, limit, leaseMs, transport, pacer });
    total.claimed += run.claimed;
    total.sent += run.sent;
    total.retried += run.retried;
    total.failed += run.failed;
    total.suppressed += run.suppressed;
    // A short run means the outbox ran dry or the provider asked us to wait.
    if (run.claimed < limit || opts.shouldStop?.()) return total;
  }
}
