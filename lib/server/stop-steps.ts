// What a server process does when it is asked to stop, registered by the
// parts that own the work (instrumentation.ts) and run by the artifact's
// entry (lib/server/entry.ts). Kept on globalThis: the entry and Next's
// bundles each carry their own copy of this module, and must share one list.

export type StopStep = { name: string; run: () => Promise<void> };

/**
 * `drain` steps run while the server finishes its requests in flight (the
 * email timer's batch in hand); `close` steps run once those are done and
 * every drain step has ended (the database pool, which both still use).
 */
export type StopPhase = "drain" | "close";

type Registry = Record<StopPhase, StopStep[]>;

const holder = globalThis as unknown as { __convene_stop_steps?: Registry };
const registry = (holder.__convene_stop_steps ??= { drain: [], close: [] });

/** Adds a step, or replaces the one of the same name (development reloads register again). */
export function onStop(phase: StopPhase, step: StopStep): void {
  const list = registry[phase];
  const at = list.findIndex((s) => s.name === step.name);
  if (at >= 0) list[at] = step;
  else list.push(step);
}

export function stopSteps(phase: StopPhase): readonly StopStep[] {
  return registry[phase];
}
