import { AsyncLocalStorage } from "node:async_hooks";

// Whether the work running now queued an email. The action wrappers
// (lib/safe-action.ts) watch their handler through this and start delivery
// once it has committed, so no action has to remember to.

export type MailWatch = { queued: boolean };
const storage = new AsyncLocalStorage<MailWatch>();

/** Called by the outbox (lib/email/enqueue.ts) for every email queued. */
export function noteMailQueued(): void {
  const watch = storage.getStore();
  if (watch) watch.queued = true;
}

/**
 * Runs `work` with `watch.queued` turning true when it queues an email. Queued
 * means written inside a transaction: whether that committed is the caller's
 * to tell (it did when `work` returned, or threw Next's redirect).
 */
export function watchingMail<R>(watch: MailWatch, work: () => Promise<R>): Promise<R> {
  return storage.run(watch, work);
}
