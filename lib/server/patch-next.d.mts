// Types for lib/server/patch-next.mjs (run by npm's postinstall, before TypeScript is there to run).
export const MARKER: string;
export const RUNTIMES: string[];
export function patchRuntime(source: string): { source: string; state: "patched" | "already" | "not found" };
export function patchRuntimesUnder(dir: string): void;
