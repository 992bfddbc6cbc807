import type { Db } from "@/db/types";
import { pruneRateLimitsHourly } from "@/lib/rate-limit";
import { deliverAllDue } from "./drain";
import type { DeliverOptions } from "./deliver";
import { RequestPacer } from "./pacer";
import { defaultTransport } from "./transport";
import { deliveryFailureLine, purgeHourly } from "./upkeep";

/** How often the worker looks at the outbox: an answer's confirmation waits at most this long. */
export const WORKER_INTERVAL_MS = 1_000;

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
  // Emptied once an hour, as a server's runs do; rate-limit counters keep their own hour.
  const purged: { purgedAt?: number } = {};
  // One transport and one pacer for the worker's life: the pacer keeps the provider's pace from one run to the next.
  const transport = opts.transport ?? defaultTransport(db);
  const pacer = new RequestPacer();

  const done = (async () => {
    while (!stopped) {
      try {
        const counts = await deliverAllDue(db, { transport, pacer, leaseMs: opts.leaseMs, shouldStop: () => stopped });
        opts.onRun?.(counts);
        if (!stopped) {
          await purgeHourly(db, purged);
          await pruneRateLimitsHourly(db);
        }
      } catch (e) {
        log(deliveryFailureLine(e));
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
