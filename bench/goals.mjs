// Every goal the bench checks, as data, and the functions that turn
// measurements into verdicts. bench/run.mjs never types "pass" or "FAIL": it
// hands each measured row to `pageVerdict`, `jsVerdict`, `emailVerdict` or
// `curveVerdict`, and prints what they return. bench/goals.test.ts checks them.
//
// A check is { metric, op, value }: the row's `metric` must be `op` `value`.
// Metrics (all per measured run):
//   ratio        req/s as a share of the bare page's req/s around it (1 = 100 %)
//   p50, p95     latency in ms
//   errors       unexpected answers, socket errors and timeouts
//   serverCpuMs  CPU the Next.js server spent per answered request (ms)
//   dbCpuMs      CPU the database's backends spent per answered request (ms)

/**
 * The machine issue 17's goals in milliseconds were set on, as the bare page
 * of today's Convene would have measured there. A check marked `scale` holds
 * its value for that machine and is scaled by the bare page measured around
 * the target in the same run (the mean of the bare runs just before and after
 * it, as the ratios are):
 *   scale: "speed"  latencies: value × GOALS_MACHINE.bareRps / bare req/s here
 *   scale: "cpu"    CPU per request: value × bare server CPU/req here / GOALS_MACHINE.bareCpuMs
 * On a machine whose bare page is three times slower than that one's, a p95 of
 * 60 ms is out of reach for any page (the bare page's own p95 is then about
 * 100 ms), and "as fast as on the goals' machine" is what the millisecond
 * figure meant. The ratio goals need no scaling: they are to the bare page already.
 *
 * The figures: that run (bench/results.md at 5dcc680, 2026-11-28) measured its
 * bare page at 475.7 req/s and 2.3 ms of server CPU per request. The bare page
 * has grown since (its root layout's not-found frame, metadata, the proxy):
 * 5dcc680's build and c68151b's, served side by side on one machine and
 * measured in turns (12 runs of 4 s each at 10 connections), answered a
 * median of 247 and 203 req/s (1.22 times fewer for today's) for 4.4 and
 * 5.2 ms of server CPU (1.18 times more). So that machine would have served
 * today's bare page at 475.7 / 1.22 = 390 req/s for 2.3 × 1.18 = 2.71 ms: the
 * frame's growth does not loosen the goals. Measure again when the root
 * layout or proxy.ts changes much (bench/PROFILE.md, "Seventh pass", says how).
 */
export const GOALS_MACHINE = { bareRps: 390, bareCpuMs: 2.71, run: "5dcc680, 2026-11-28, corrected for today's heavier bare page" };

/** The pages measured under load, by the key bench/run.mjs gives each target. */
export const PAGE_GOALS = {
  bare: { text: "the ceiling", checks: [] },
  guest: {
    checks: [
      { metric: "ratio", op: ">=", value: 0.85 },
      { metric: "p95", op: "<=", value: 60, scale: "speed" },
    ],
  },
  // A route handler running the guest page's one query and drawing nothing: the most the guest's page can reach.
  guestquery: { text: "— (the floor for a page that reads its guest)", checks: [] },
  accept: {
    checks: [
      { metric: "ratio", op: ">=", value: 0.5 },
      { metric: "errors", op: "<=", value: 0 },
    ],
  },
  // Served from a cache: faster than the dynamic bare page.
  event: { checks: [{ metric: "ratio", op: ">=", value: 2 }] },
  archive: {
    checks: [
      { metric: "p95", op: "<=", value: 120, scale: "speed" },
      { metric: "dbCpuMs", op: "<=", value: 5, scale: "cpu" },
    ],
  },
  staff: {
    checks: [
      { metric: "p95", op: "<=", value: 150, scale: "speed" },
      { metric: "serverCpuMs", op: "<=", value: 10, scale: "cpu" },
    ],
  },
  staff1: { text: "— (one staff member at a time)", checks: [] },
  people: { text: "— (see the scale curves)", checks: [] },
  // The year in numbers (/staff/reports), one staff member at a time: it answers in under 300 ms.
  reports: { checks: [{ metric: "p95", op: "<=", value: 300 }] },
};

/** First-load JavaScript of the guest and public pages, over the chunks every route loads. */
export const JS_GOAL = { text: "≤ floor + 10 kB", checks: [{ metric: "overFloorBytes", op: "<=", value: 10 * 1024 }] };

/** Email: enqueueing and delivering BENCH_EMAILS invitations through the fake Resend. */
export const EMAIL_GOALS = {
  enqueue: { text: "≤ 5 s", checks: [{ metric: "enqueueSeconds", op: "<=", value: 5 }, { metric: "missing", op: "<=", value: 0 }] },
  deliver: { text: "≥ 90 % of ceiling", checks: [{ metric: "ceilingShare", op: ">=", value: 0.9 }, { metric: "missing", op: "<=", value: 0 }] },
};

/**
 * Scale curves: the p50 at the largest size may be at most `maxGrowth` times
 * the p50 at the smallest. `sizes` are the data sizes measured by default,
 * `fullSizes` those of BENCH_CURVES=full (the biggest take minutes to load).
 */
export const CURVE_GOALS = {
  staff: { name: "staff guest list", unit: "guests", sizes: [200, 2_000, 20_000], fullSizes: [200, 2_000, 20_000], maxGrowth: 1.5 },
  people: { name: "people search", unit: "people", sizes: [50_000, 500_000], fullSizes: [50_000, 500_000], maxGrowth: 1.5 },
  archive: { name: "archive, filtered", unit: "events", sizes: [10_000, 100_000], fullSizes: [10_000, 100_000], maxGrowth: 2 },
  guest: { name: "guest page", unit: "invitations", sizes: [500_000, 2_000_000], fullSizes: [500_000, 5_000_000], maxGrowth: 1.5 },
};

/**
 * A measurement is marked busy when other work competed for the CPUs, so its
 * req/s and latencies may be the machine's rather than Convene's:
 *   - when bench/run.mjs could read /proc: the CPU others used during the
 *     measured run (the machine's busy time beyond the server, the database's
 *     backends and autocannon) passed a quarter of the cores (0.5 on 2 cores;
 *     BENCH_BUSY_OTHERS overrides). The load average cannot tell, as it counts
 *     the bench's own processes: 10 connections alone lift it to about 1.5–1.9
 *     on an otherwise idle 2-core machine;
 *   - otherwise: the 1-minute load average before or after the run passed
 *     three quarters of the cores (1.5 on 2 cores; BENCH_BUSY_LOAD overrides).
 */
export function busyLimits(cpus, env = {}) {
  return { load: busyThreshold(cpus, env.BENCH_BUSY_LOAD), others: busyThreshold(cpus, env.BENCH_BUSY_OTHERS, 0.25) };
}

/** `share` of the cores, unless `override` is a number. */
export function busyThreshold(cpus, override, share = 0.75) {
  const fromEnv = Number(override);
  return override !== undefined && override !== "" && Number.isFinite(fromEnv) ? fromEnv : share * cpus;
}

/**
 * How far the machine's speed moved while a target was measured: the bare
 * page's runs just before and just after it, compared by server CPU per
 * request (what a slower or faster machine changes) and by req/s (what the
 * ratio divides by); the larger of the two, as a share of the smaller run.
 * 0.54 means one bare run did 54 % more (or cost 54 % more) than the other.
 */
export function bareDrift(before, after) {
  const spread = (a, b) => (typeof a === "number" && typeof b === "number" && a > 0 && b > 0 ? Math.abs(a - b) / Math.min(a, b) : 0);
  return Math.max(spread(before.serverCpuMs, after.serverCpuMs), spread(before.rps, after.rps));
}

/** Above this drift a target is measured again (up to MAX_ATTEMPTS in all), and a verdict still above it is marked unsteady. */
export const STEADY_DRIFT = 0.25;
export const MAX_ATTEMPTS = 3;

export function isBusy(row, limits = {}) {
  const { load = Infinity, others = Infinity } = limits;
  if (typeof row.othersCores === "number" && Number.isFinite(row.othersCores)) return row.othersCores > others;
  const loads = [row.loadBefore, row.loadAfter].filter((v) => typeof v === "number" && Number.isFinite(v));
  return loads.some((v) => v > load);
}

const UNITS = {
  ratio: (v) => `${Math.round(100 * v)} % of bare`,
  p50: (v) => `p50 ${fmt(v)} ms`,
  p95: (v) => `p95 ${fmt(v)} ms`,
  errors: (v) => `${fmt(v)} errors`,
  serverCpuMs: (v) => `${fmt(v)} ms server CPU/req`,
  dbCpuMs: (v) => `${fmt(v)} ms DB CPU/req`,
  overFloorBytes: (v) => `${(v / 1024).toFixed(1)} kB over floor`,
  enqueueSeconds: (v) => `${fmt(v)} s`,
  ceilingShare: (v) => `${Math.round(100 * v)} % of ceiling`,
  missing: (v) => `${fmt(v)} missing`,
  growth: (v) => `${v.toFixed(2)}×`,
};

function fmt(v) {
  return Number.isInteger(v) ? String(v) : v < 10 ? v.toFixed(1) : v.toFixed(0);
}

const OPS = { "<=": "≤", ">=": "≥" };

/**
 * The goal in words, made from its checks ("≥ 85 % of bare, p95 ≤ 60 ms").
 * With `factors` (see `scaleFactors`), a scaled check also says its limit on
 * this machine: "p95 ≤ 60 ms × 2.23 = 134 ms".
 */
export function goalText(goal, factors) {
  if (goal.text) return goal.text;
  if (goal.checks.length === 0) return "—";
  return goal.checks
    .map((c) => {
      const { metric, op, value } = c;
      if (metric === "errors" && value === 0) return "0 errors";
      const unit = UNITS[metric] ?? ((v) => `${metric} ${v}`);
      const factor = c.scale ? factors?.[c.scale] : undefined;
      const here = typeof factor === "number" && Number.isFinite(factor) ? ` × ${factor.toFixed(2)} = ${fmt(value * factor)}` : "";
      // "p95 ≤ 60 ms", "≥ 85 % of bare", "≤ 5 ms DB CPU/req"
      const [label, ...rest] = unit(value).split(" ");
      // "p95 ≤ 60 ms × 2.23 = 134 ms", "≤ 10 ms server CPU/req × 2.61 = 26 ms"
      if (/^p\d+$/.test(label)) return `${label} ${OPS[op]} ${rest.join(" ")}${here ? `${here} ${rest.at(-1)}` : ""}`;
      return `${OPS[op]} ${unit(value)}${here ? `${here} ${rest[0]}` : ""}`;
    })
    .join(", ");
}

/**
 * How much slower (above 1) or faster this run's machine is than the goals'
 * machine, from the bare page measured around a target: `speed` for
 * latencies (its req/s), `cpu` for CPU per request. Missing or unusable
 * measurements give no factor, and a check that needs one fails.
 */
export function scaleFactors(row) {
  const ok = (v) => typeof v === "number" && Number.isFinite(v) && v > 0;
  return {
    speed: ok(row.bareRps) ? GOALS_MACHINE.bareRps / row.bareRps : undefined,
    cpu: ok(row.bareCpuMs) ? row.bareCpuMs / GOALS_MACHINE.bareCpuMs : undefined,
  };
}

/**
 * Applies a goal's checks to measured values. Returns
 *   { result: "pass" | "FAIL" | "none", failed: [why, …] }
 * "none" when the goal has no checks. A metric the run could not measure
 * (null, undefined, NaN) fails its check: a goal is only met when shown met.
 * A scaled check (`scale`) is compared with its value times `factors[scale]`,
 * and fails when that factor is missing.
 */
export function check(goal, values, factors = {}) {
  if (!goal || goal.checks.length === 0) return { result: "none", failed: [] };
  const failed = [];
  for (const c of goal.checks) {
    const v = values[c.metric];
    const measured = typeof v === "number" && Number.isFinite(v);
    const factor = c.scale ? factors[c.scale] : 1;
    if (typeof factor !== "number" || !Number.isFinite(factor)) {
      failed.push(`${c.metric} not scaled: the bare page was not measured`);
      continue;
    }
    const limit = c.value * factor;
    // A millionth of slack, so a value at the limit is not failed by the scaling's rounding.
    const ok = measured && (c.op === "<=" ? v <= limit * (1 + 1e-6) : c.op === ">=" ? v >= limit * (1 - 1e-6) : false);
    if (!ok) failed.push(measured ? `${(UNITS[c.metric] ?? String)(v)}` : `${c.metric} not measured`);
  }
  return { result: failed.length === 0 ? "pass" : "FAIL", failed };
}

/**
 * The verdict on one page under load. A page that answered nothing, or
 * answered anything unexpected, fails whatever its goal; a row measured on a
 * busy machine keeps its verdict, marked busy.
 */
export function pageVerdict(row, { busyLimits: limits = {} } = {}) {
  const goal = PAGE_GOALS[row.key] ?? { checks: [] };
  const factors = scaleFactors(row);
  const verdict = check(goal, row, factors);
  if (row.requests === 0) verdict.failed.unshift("no answers");
  if (row.errors > 0 && !goal.checks.some((c) => c.metric === "errors")) verdict.failed.unshift(`${row.errors} errors`);
  if (verdict.failed.length > 0) verdict.result = "FAIL";
  return { ...verdict, goal: goalText(goal, factors), busy: isBusy(row, limits), unsteady: typeof row.bareDrift === "number" && row.bareDrift > STEADY_DRIFT };
}

/** Smoke mode: no timing goals, only "did every target answer as expected". */
export function smokeVerdict(row) {
  const failed = [];
  if (row.requests === 0) failed.push("no answers");
  if (row.errors > 0) failed.push(`${row.errors} errors`);
  return { result: failed.length === 0 ? "pass" : "FAIL", failed, goal: "answers, 0 errors", busy: false };
}

export function jsVerdict(route) {
  return { ...check(JS_GOAL, { overFloorBytes: route.overFloor }), goal: goalText(JS_GOAL) };
}

export function emailVerdict(key, values) {
  return { ...check(EMAIL_GOALS[key], values), goal: goalText(EMAIL_GOALS[key]) };
}

/**
 * The verdict on one scale curve: points are { size, p50, p95, busy? },
 * in any order. The growth is p50 at the largest size over p50 at the
 * smallest. Fewer than two measured points is a failure (nothing to compare).
 */
export function curveVerdict(key, points) {
  const goal = CURVE_GOALS[key];
  const text = `p50 at largest ≤ ${goal.maxGrowth}× p50 at smallest`;
  const measured = points.filter((p) => typeof p.p50 === "number" && Number.isFinite(p.p50) && !(p.errors > 0)).sort((a, b) => a.size - b.size);
  if (measured.length < 2 || measured[0].size === measured.at(-1).size) {
    return { result: "FAIL", failed: ["fewer than two sizes measured"], goal: text, growth: null, busy: points.some((p) => p.busy) };
  }
  const smallest = measured[0];
  const largest = measured.at(-1);
  const growth = largest.p50 / Math.max(smallest.p50, 0.001);
  const errors = points.filter((p) => p.errors > 0).map((p) => `${p.errors} errors at ${p.size}`);
  const failed = [...errors, ...(growth <= goal.maxGrowth ? [] : [`${UNITS.growth(growth)} from ${smallest.size} to ${largest.size} ${goal.unit}`])];
  return { result: failed.length === 0 ? "pass" : "FAIL", failed, goal: text, growth, busy: points.some((p) => p.busy) };
}

/** How a verdict reads in results.md: "pass", "FAIL (p95 376 ms)", "pass (busy)", "—". */
export function verdictCell(v) {
  const marks = `${v.busy ? " (busy)" : ""}${v.unsteady ? " (unsteady)" : ""}`;
  if (v.result === "none") return `—${marks}`;
  const why = v.result === "FAIL" && v.failed.length > 0 ? `: ${v.failed.join(", ")}` : "";
  return `${v.result === "pass" ? "pass" : "FAIL"}${why}${marks}`;
}
