import "server-only";
import { getDb } from "@/db";
import type { Db } from "@/db/types";
import { describeUnavailable, isDatabaseUnavailable } from "@/db/unavailable";
import { deliverSoon } from "@/lib/email/trigger";
import { promoteStrandedWaitlists } from "./stranded";

type CheckState = { timer: NodeJS.Timeout | null; running: Promise<void> | null; stopped?: boolean };

// On globalThis: Next loads this module once per bundle, and they share one timer.
const holder = globalThis as unknown as { __convene_waitlist_check?: CheckState };
const state = (holder.__convene_waitlist_check ??= { timer: null, running: null });

/** Where a pass works, and how the emails it queued leave: the server's own by default; a test's database and none in tests. */
export type CheckDeps = { db: () => Db; deliver: () => void };
const SERVER: CheckDeps = { db: getDb, deliver: deliverSoon };

/** One pass, never two at once in this process; other processes may run theirs (each event is locked and counted again). */
export function checkWaitlistsNow(deps: CheckDeps = SERVER): Promise<void> {
  if (state.stopped || state.running) return state.running ?? Promise.resolve();
  state.running = (async () => {
    try {
      const promoted = await promoteStrandedWaitlists(deps.db());
      if (promoted.length) {
        console.warn(`Waitlist check: moved up ${promoted.length} waiting guest(s) a free seat fitted.`);
        deps.deliver();
      }
    } catch (e) {
      if (isDatabaseUnavailable(e)) console.error(`Waitlist check paused: ${describeUnavailable(e)}; the next run tries again.`);
      else console.error(`Waitlist check failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      state.running = null;
    }
  })();
  return state.running;
}

/** For instrumentation.ts: a waitlist that should have moved is moved within `intervalMs`, request or not. */
export function startWaitlistCheck(intervalMs: number, deps: CheckDeps = SERVER): void {
  state.stopped = false;
  if (state.timer) return;
  state.timer = setInterval(() => void checkWaitlistsNow(deps), intervalMs);
  // The timer alone must not keep a process alive that is otherwise done.
  state.timer.unref();
}

/** For a graceful stop: no new pass starts; resolves when the pass under way has committed. */
export async function stopWaitlistCheck(): Promise<void> {
  state.stopped = true;
  if (state.timer) clearInterval(state.timer);
  state.timer = null;
  await state.running;
}
