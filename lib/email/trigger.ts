import { after } from "next/server";
import { getDb } from "@/db";
import { isDatabaseUnavailable } from "@/db/unavailable";
import { env } from "@/lib/env";
import { pruneRateLimitsHourly } from "@/lib/rate-limit";
import { deliverAllDue } from "./drain";
import { deliveryFailureLine, purgeHourly } from "./upkeep";

type DeliveryState = {
  running: Promise<void> | null;
  again: boolean;
  timer: NodeJS.Timeout | null;
  /** The run that starts once the emails of the next GATHER_MS are queued (deliverSoon). */
  gathering?: Promise<void> | null;
  purgedAt?: number;
  stopped?: boolean;
};

/**
 * How long deliverSoon waits for other emails before a run starts. Each run
 * costs a claim, the settings, the suppression check and the settling, however
 * many emails it carries: when guests answer together (the hour after an
 * invitation goes out), one run carries them all instead of one run per
 * answer. A fifth of a second is nothing to someone waiting for an email.
 */
export const GATHER_MS = 200;

// On globalThis: Next loads this module once per bundle (instrumentation,
// server actions, route handlers), and all of them should share one guard.
const holder = globalThis as unknown as { __convene_email_delivery?: DeliveryState };
const state = (holder.__convene_email_delivery ??= { running: null, again: false, timer: null });

/** Whether this process delivers the outbox; with CONVENE_EMAIL_DELIVERY=worker, `npm run email:worker` does (lib/email/worker.ts). */
export function deliversHere(source: { CONVENE_EMAIL_DELIVERY: "server" | "worker" } = env): boolean {
  return source.CONVENE_EMAIL_DELIVERY !== "worker";
}

/**
 * Delivers the outbox in this process, one run at a time (nothing when the
 * email worker delivers: it looks at the outbox every second). A request made
 * while a run is going sets `again`, so an email queued after that run's
 * last look at the outbox is not left for the timer.
 */
export function deliverNow(): Promise<void> {
  // A stopping server leaves the outbox to the others (and to its own next start).
  if (state.stopped) return state.running ?? Promise.resolve();
  if (!deliversHere()) return Promise.resolve();
  if (state.running) {
    state.again = true;
    return state.running;
  }
  state.running = (async () => {
    try {
      do {
        state.again = false;
        await deliverAllDue(getDb(), { shouldStop: () => state.stopped === true });
      } while (state.again && !state.stopped);
      if (!state.stopped) await purgeHourly(getDb(), state);
    } catch (e) {
      console.error(deliveryFailureLine(e));
    } finally {
      state.running = null;
    }
  })();
  return state.running;
}

/** The run that delivers what is queued within GATHER_MS from now, shared by every change queued meanwhile. */
export function gatheredDelivery(): Promise<void> {
  if (state.stopped || !deliversHere()) return Promise.resolve();
  state.gathering ??= new Promise<void>((resolve) => setTimeout(resolve, GATHER_MS)).then(() => {
    state.gathering = null;
    return deliverNow();
  });
  return state.gathering;
}

/** Call after committing a change that queued email: delivery starts once the response has gone, with whatever else is queued in the next GATHER_MS. */
export function deliverSoon(): void {
  if (!deliversHere()) return;
  try {
    after(gatheredDelivery);
  } catch {
    // Outside a request (a script, a test): start now instead of after a response that will never come.
    void deliverNow();
  }
}

/** Once an hour, from the timer: expired rate-limit counters go (lib/rate-limit.ts). */
async function pruneNowAndThen(): Promise<void> {
  try {
    await pruneRateLimitsHourly(getDb());
  } catch (e) {
    if (!isDatabaseUnavailable(e)) console.error(`Pruning rate limits failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** For instrumentation.ts: retries and scheduled emails go out even when no request comes. Returns a stop function. */
export function startDeliveryTimer(intervalMs = 10_000): () => void {
  if (!state.timer) {
    state.timer = setInterval(() => {
      void deliverNow();
      void pruneNowAndThen();
    }, intervalMs);
    // The timer alone must not keep a process alive that is otherwise done.
    state.timer.unref();
  }
  return () => {
    if (state.timer) clearInterval(state.timer);
    state.timer = null;
  };
}

/**
 * For a graceful stop: no new run starts, the run under way sends the batch
 * in hand, records it, and hands back what it claimed and did not send
 * (due at once for another instance). Resolves when that run has ended.
 */
export async function stopDelivery(): Promise<void> {
  state.stopped = true;
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
  await state.running;
}
