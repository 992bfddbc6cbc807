import type { Db } from "@/db/types";
import { deliverDueEmails, type DeliverOptions, type DeliveryCounts } from "./deliver";

/** Runs the deliverer until nothing due is left (each run claims at most `limit`). */
export async function deliverAllDue(db: Db, opts: DeliverOptions = {}): Promise<DeliveryCounts> {
  const limit = opts.limit ?? 500;
  const total: DeliveryCounts = { claimed: 0, sent: 0, retried: 0, failed: 0, suppressed: 0 };
  for (;;) {
    const run = await deliverDueEmails(db, { ...opts, limit });
    total.claimed += run.claimed;
    total.sent += run.sent;
    total.retried += run.retried;
    total.failed += run.failed;
    total.suppressed += run.suppressed;
    // A short run means the outbox ran dry or the provider asked us to wait.
    if (run.claimed < limit) return total;
  }
}
