import type { Db } from "@/db/types";
import { describeUnavailable, isDatabaseUnavailable } from "@/db/unavailable";
import { pruneRateLimitsHourly } from "@/lib/rate-limit";
import { deliverAllDue } from "./drain";
import type { DeliverOptions } from "./deliver";
import { RequestPacer } from "./pacer";
import { purgeSentEmails } from "./retention";
import { defaultTransport } from "./transport";

/** How often the worker looks at the outbox: an answer's confirmation waits at most this long. */
export const WORKER_INTERVAL_MS = 1_000;

// Sent emails past their retention period are emptied once an hour, as a server's timer does.
const PURGE_EVERY_MS = 3_600_000;

export type EmailWorker = {
  /** Ends the loop: the run under way sends the batch in hand and hands back the rest (due at once). Resolves when it has. */
  stop(): Promise<void>;
  /** Resolves when the loop has ended. */
  done: Promise<void>;
};

export type EmailWorkerOptions = Pick<DeliverOptions, "transport" | "leaseMs"> & {
  intervalMs?: number;
  /** Told after each look at the outbox (tests wait on it). */
  onRun?: (counts: Awaited<ReturnType<typeof deliverAllDue>>) => void;
  log?: (line: string) => void;
};

/**
 * The email worker (`npm run email:worker`): a process of its own that
 * delivers the outbox, so that rendering and sending email never takes the
 * web server's time. With CONVENE_EMAIL_DELIVERY=worker the server only
 * queues (lib/email/trigger.ts); this loop looks at the outbox every
 * `intervalMs` and delivers whatever is due, with the same claims and leases
 * as every other deliverer, so several workers, or a worker beside servers
 * that still deliver, send each email once.
 */
export function startEmailWorker(db: Db, opts: EmailWorkerOptions = {}): EmailWorker {
  const intervalMs = opts.intervalMs ?? WORKER_INTERVAL_MS;
  const log = opts.log ?? ((line: string) => console.error(line));
  let stopped = false;
  let wake: () => void = () => {};
  let purgedAt = 0;
  // One transport and one pacer for the worker's life: the pacer keeps the provider's pace from one run to the next.
  const transport = opts.transport ?? defaultTransport(db);
  const pacer = new RequestPacer();

  const done = (async () => {
    while (!stopped) {
      try {
        const counts = await deliverAllDue(db, { transport, pacer, leaseMs: opts.leaseMs, shouldStop: () => stopped });
        opts.onRun?.(counts);
        if (!stopped && Date.now() - purgedAt >= PURGE_EVERY_MS) {
          purgedAt = Date.now();
          await purgeSentEmails(db);
          await pruneRateLimitsHourly(db);
        }
      } catch (e) {
        // Never the error itself: a failed query's message carries its parameters (addresses, links).
        if (isDatabaseUnavailable(e)) log(`Email delivery paused: ${describeUnavailable(e)}; the next run tries again.`);
        else log(`Email delivery failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (stopped) break;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, intervalMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();

  return {
    done,
    stop() {
      stopped = true;
      wake();
      return done;
    },
  };
}
