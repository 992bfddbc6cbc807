// Types for bench/goals.mjs (the bench itself is plain JavaScript; its test is TypeScript).
export type Check = { metric: string; op: "<=" | ">="; value: number };
export type Goal = { text?: string; checks: Check[] };
export type Verdict = { result: "pass" | "FAIL" | "none"; failed: string[]; goal?: string; busy?: boolean; growth?: number | null };
export type CurveGoal = { name: string; unit: string; sizes: number[]; fullSizes: number[]; maxGrowth: number };
export type PageRow = {
  key: string;
  requests: number;
  errors: number;
  ratio?: number;
  p50?: number | null;
  p95?: number | null;
  serverCpuMs?: number | null;
  dbCpuMs?: number | null;
  loadBefore?: number;
  loadAfter?: number;
  othersCores?: number | null;
};
export type CurvePoint = { size: number; p50: number | null; p95?: number | null; errors?: number; busy?: boolean };

export const PAGE_GOALS: Record<string, Goal>;
export const JS_GOAL: Goal;
export const EMAIL_GOALS: Record<"enqueue" | "deliver", Goal>;
export const CURVE_GOALS: Record<"staff" | "people" | "archive" | "guest", CurveGoal>;
export type BusyLimits = { load?: number; others?: number };
export function busyLimits(cpus: number, env?: Record<string, string | undefined>): Required<BusyLimits>;
export function busyThreshold(cpus: number, override?: string, share?: number): number;
export function isBusy(row: { loadBefore?: number; loadAfter?: number; othersCores?: number | null }, limits?: BusyLimits): boolean;
export function goalText(goal: Goal): string;
export function check(goal: Goal | undefined, values: Record<string, unknown>): Verdict;
export function pageVerdict(row: PageRow, options?: { busyLimits?: BusyLimits }): Verdict & { goal: string; busy: boolean };
export function smokeVerdict(row: PageRow): Verdict;
export function jsVerdict(route: { overFloor: number | null }): Verdict;
export function emailVerdict(key: "enqueue" | "deliver", values: Record<string, unknown>): Verdict;
export function curveVerdict(key: keyof typeof CURVE_GOALS, points: CurvePoint[]): Verdict & { growth: number | null };
export function verdictCell(v: Verdict): string;
