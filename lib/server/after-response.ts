import { after } from "next/server";

// Work a request leaves for after its answer (Next's after()), counted so a
// stopping server finishes it before it closes the database.
const holder = globalThis as unknown as { __convene_after_work?: Set<Promise<unknown>> };
const pending = (holder.__convene_after_work ??= new Set());

/** Runs `work` once the response has gone; a graceful stop waits for it (lib/server/graceful-stop.ts). */
export function afterResponse(work: () => Promise<void>): void {
  after(() => track(work()));
}

export function track<T>(work: Promise<T>): Promise<T> {
  pending.add(work);
  void work.then(
    () => pending.delete(work),
    () => pending.delete(work),
  );
  return work;
}

/** Resolves when no work started by afterResponse is still going. */
export async function settleAfterWork(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}
