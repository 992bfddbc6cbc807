// Whether this server process is stopping (it received SIGTERM). Kept on
// globalThis: Next loads a module once per bundle (instrumentation, route
// handlers, proxy), and all of them must see the same answer.
type Lifecycle = { stopping: boolean };

const holder = globalThis as unknown as { __convene_lifecycle?: Lifecycle };
const state = (holder.__convene_lifecycle ??= { stopping: false });

/** True once the process has been asked to stop: /api/ready answers 503 so a balancer sends new work elsewhere. */
export function isStopping(): boolean {
  return state.stopping;
}

export function markStopping(): void {
  state.stopping = true;
}
