// The bench's verdicts are computed from its measurements (bench/goals.mjs):
// these tests pin the goals of issue 17 and the rules that turn numbers into
// pass, FAIL and "busy". They time nothing.
import { describe, expect, it } from "vitest";
import {
  CURVE_GOALS,
  GOALS_MACHINE,
  PAGE_GOALS,
  busyLimits,
  busyThreshold,
  check,
  curveVerdict,
  emailVerdict,
  goalText,
  bareDrift,
  isBusy,
  MAX_ATTEMPTS,
  STEADY_DRIFT,
  jsVerdict,
  pageVerdict,
  scaleFactors,
  smokeVerdict,
  verdictCell,
} from "./goals.mjs";

const row = (key: string, values: Record<string, number | null> = {}) => ({
  key,
  requests: 1000,
  errors: 0,
  ratio: 1,
  p50: 10,
  p95: 20,
  serverCpuMs: 1,
  dbCpuMs: 0.5,
  loadBefore: 0.4,
  loadAfter: 0.6,
  // The bare page as fast as on the goals' machine: every goal applies as written.
  bareRps: GOALS_MACHINE.bareRps,
  bareCpuMs: GOALS_MACHINE.bareCpuMs,
  ...values,
});

describe("page goals", () => {
  it("read as the issue's table says", () => {
    expect(goalText(PAGE_GOALS.guest)).toBe("≥ 85 % of bare, p95 ≤ 60 ms");
    expect(goalText(PAGE_GOALS.accept)).toBe("≥ 50 % of bare, 0 errors");
    expect(goalText(PAGE_GOALS.event)).toBe("≥ 200 % of bare");
    expect(goalText(PAGE_GOALS.archive)).toBe("p95 ≤ 120 ms, ≤ 5 ms DB CPU/req");
    expect(goalText(PAGE_GOALS.staff)).toBe("p95 ≤ 150 ms, ≤ 10 ms server CPU/req");
    expect(goalText(PAGE_GOALS.reports)).toBe("p95 ≤ 300 ms");
  });

  it("guest page: passes at 85 % of bare and p95 60 ms, fails just below either", () => {
    expect(pageVerdict(row("guest", { ratio: 0.85, p95: 60 })).result).toBe("pass");
    expect(pageVerdict(row("guest", { ratio: 0.84, p95: 30 }))).toMatchObject({ result: "FAIL", failed: ["84 % of bare"] });
    expect(pageVerdict(row("guest", { ratio: 0.9, p95: 61 }))).toMatchObject({ result: "FAIL", failed: ["p95 61 ms"] });
  });

  it("acceptance: one error fails it, however fast", () => {
    expect(pageVerdict(row("accept", { ratio: 0.5 })).result).toBe("pass");
    expect(pageVerdict(row("accept", { ratio: 0.9, errors: 1 }))).toMatchObject({ result: "FAIL", failed: ["1 errors"] });
  });

  it("public event page: must be twice the bare page", () => {
    expect(pageVerdict(row("event", { ratio: 2 })).result).toBe("pass");
    expect(pageVerdict(row("event", { ratio: 0.31 }))).toMatchObject({ result: "FAIL", failed: ["31 % of bare"] });
  });

  it("archive: p95 and database CPU per request", () => {
    expect(pageVerdict(row("archive", { p95: 120, dbCpuMs: 5 })).result).toBe("pass");
    expect(pageVerdict(row("archive", { p95: 280, dbCpuMs: 22.3 }))).toMatchObject({ result: "FAIL", failed: ["p95 280 ms", "22 ms DB CPU/req"] });
  });

  it("staff guest list: p95 and server CPU per request", () => {
    expect(pageVerdict(row("staff", { p95: 150, serverCpuMs: 10 })).result).toBe("pass");
    expect(pageVerdict(row("staff", { p95: 100, serverCpuMs: 31 }))).toMatchObject({ result: "FAIL", failed: ["31 ms server CPU/req"] });
  });

  it("on the goals' machine, a scaled goal applies as written", () => {
    expect(scaleFactors(row("staff"))).toEqual({ speed: 1, cpu: 1 });
    expect(pageVerdict(row("staff", { p95: 150, serverCpuMs: 10 })).goal).toBe("p95 ≤ 150 ms × 1.00 = 150 ms, ≤ 10 ms server CPU/req × 1.00 = 10 ms");
  });

  it("on a slower machine, goals in ms grow with the bare page measured around the target, and only those", () => {
    // The bare page at a third of the goals' machine's req/s, and at three times its CPU per request.
    const slow = { bareRps: GOALS_MACHINE.bareRps / 3, bareCpuMs: GOALS_MACHINE.bareCpuMs * 3 };
    expect(pageVerdict(row("staff", { ...slow, p95: 450, serverCpuMs: 30 })).result).toBe("pass");
    expect(pageVerdict(row("staff", { ...slow, p95: 451, serverCpuMs: 31 }))).toMatchObject({ result: "FAIL", failed: ["p95 451 ms", "31 ms server CPU/req"] });
    expect(pageVerdict(row("staff", slow)).goal).toBe("p95 ≤ 150 ms × 3.00 = 450 ms, ≤ 10 ms server CPU/req × 3.00 = 30 ms");
    expect(pageVerdict(row("archive", { ...slow, p95: 360, dbCpuMs: 15 })).result).toBe("pass");
    expect(pageVerdict(row("archive", { ...slow, p95: 100, dbCpuMs: 15.1 }))).toMatchObject({ result: "FAIL", failed: ["15 ms DB CPU/req"] });
    // The guest page's ratio is to the bare page already: not scaled.
    expect(pageVerdict(row("guest", { ...slow, ratio: 0.84, p95: 180 }))).toMatchObject({ result: "FAIL", failed: ["84 % of bare"] });
    expect(pageVerdict(row("guest", { ...slow, ratio: 0.85, p95: 181 }))).toMatchObject({ result: "FAIL", failed: ["p95 181 ms"] });
    // The year in numbers' goal was not set on that machine: not scaled.
    expect(pageVerdict(row("reports", { ...slow, p95: 301 })).result).toBe("FAIL");
  });

  it("on a faster machine, they shrink", () => {
    const fast = { bareRps: GOALS_MACHINE.bareRps * 2, bareCpuMs: GOALS_MACHINE.bareCpuMs / 2 };
    expect(pageVerdict(row("staff", { ...fast, p95: 75, serverCpuMs: 5 })).result).toBe("pass");
    expect(pageVerdict(row("staff", { ...fast, p95: 76, serverCpuMs: 5.1 }))).toMatchObject({ result: "FAIL", failed: ["p95 76 ms", "5.1 ms server CPU/req"] });
  });

  it("a scaled goal fails when the bare page was not measured", () => {
    expect(pageVerdict(row("staff", { bareRps: Number.NaN, bareCpuMs: null, p95: 1, serverCpuMs: 1 }))).toMatchObject({
      result: "FAIL",
      failed: ["p95 not scaled: the bare page was not measured", "serverCpuMs not scaled: the bare page was not measured"],
    });
    expect(check(PAGE_GOALS.staff, { p95: 1, serverCpuMs: 1 }).result).toBe("FAIL");
    expect(check(PAGE_GOALS.staff, { p95: 1, serverCpuMs: 1 }, { speed: 1, cpu: 1 }).result).toBe("pass");
  });

  it("a metric that was not measured fails its check", () => {
    expect(pageVerdict(row("staff", { serverCpuMs: null }))).toMatchObject({ result: "FAIL", failed: ["serverCpuMs not measured"] });
  });

  it("a target without a goal has no verdict, unless it failed to answer or erred", () => {
    expect(pageVerdict(row("bare")).result).toBe("none");
    expect(pageVerdict(row("staff1", { errors: 3 }))).toMatchObject({ result: "FAIL", failed: ["3 errors"] });
    expect(pageVerdict(row("bare", { requests: 0 }))).toMatchObject({ result: "FAIL", failed: ["no answers"] });
  });
});

describe("busy machine", () => {
  it("limits: three quarters of the cores for the load average, a quarter for others' CPU, unless overridden", () => {
    expect(busyThreshold(2)).toBe(1.5);
    expect(busyThreshold(8)).toBe(6);
    expect(busyThreshold(2, "3")).toBe(3);
    expect(busyThreshold(2, "")).toBe(1.5);
    expect(busyThreshold(2, "lots")).toBe(1.5);
    expect(busyLimits(2)).toEqual({ load: 1.5, others: 0.5 });
    expect(busyLimits(2, { BENCH_BUSY_LOAD: "2", BENCH_BUSY_OTHERS: "0.2" })).toEqual({ load: 2, others: 0.2 });
  });

  const limits = { load: 1.5, others: 0.5 };

  it("judges by others' CPU when it was measured: the bench's own load does not make it busy", () => {
    expect(isBusy({ loadBefore: 1.9, loadAfter: 1.8, othersCores: 0.05 }, limits)).toBe(false);
    expect(isBusy({ loadBefore: 0.9, loadAfter: 1.0, othersCores: 0.6 }, limits)).toBe(true);
    expect(isBusy({ loadBefore: 0.9, loadAfter: 1.0, othersCores: 0.5 }, limits)).toBe(false);
  });

  it("falls back to the load average before or after the run when others' CPU is unknown", () => {
    expect(isBusy({ loadBefore: 1.5, loadAfter: 1.5 }, limits)).toBe(false);
    expect(isBusy({ loadBefore: 1.6, loadAfter: 0.2 }, limits)).toBe(true);
    expect(isBusy({ loadBefore: 0.2, loadAfter: 2.1, othersCores: null }, limits)).toBe(true);
  });

  it("keeps the verdict and marks it busy", () => {
    const busy = pageVerdict(row("guest", { loadAfter: 3 }), { busyLimits: limits });
    expect(busy).toMatchObject({ result: "pass", busy: true });
    expect(verdictCell(busy)).toBe("pass (busy)");
    expect(verdictCell(pageVerdict(row("guest", { ratio: 0.5, othersCores: 1.2 }), { busyLimits: limits }))).toBe("FAIL: 50 % of bare (busy)");
    expect(verdictCell(pageVerdict(row("bare", { loadBefore: 2 }), { busyLimits: limits }))).toBe("— (busy)");
    expect(pageVerdict(row("guest", { loadAfter: 3 })).busy).toBe(false);
  });

  it("measures how far the machine's speed moved by the bare runs around a target: CPU per request or req/s, whichever moved more", () => {
    expect(bareDrift({ serverCpuMs: 4, rps: 250 }, { serverCpuMs: 4, rps: 250 })).toBe(0);
    expect(bareDrift({ serverCpuMs: 4, rps: 250 }, { serverCpuMs: 5, rps: 240 })).toBeCloseTo(0.25);
    expect(bareDrift({ serverCpuMs: 3.7, rps: 287.7 }, { serverCpuMs: 5.9, rps: 186.4 })).toBeCloseTo(0.595, 2);
    // A figure the run could not measure does not count.
    expect(bareDrift({ serverCpuMs: null, rps: 200 }, { serverCpuMs: 4, rps: 220 })).toBeCloseTo(0.1);
  });

  it("marks a verdict unsteady when the bare runs around it drifted beyond STEADY_DRIFT, and keeps the verdict", () => {
    expect(STEADY_DRIFT).toBe(0.25);
    expect(MAX_ATTEMPTS).toBeGreaterThan(1);
    const unsteady = pageVerdict(row("guest", { bareDrift: 0.54 }));
    expect(unsteady).toMatchObject({ result: "pass", unsteady: true });
    expect(verdictCell(unsteady)).toBe("pass (unsteady)");
    expect(pageVerdict(row("guest", { bareDrift: 0.25 })).unsteady).toBe(false);
    expect(pageVerdict(row("guest")).unsteady).toBe(false);
    expect(verdictCell(pageVerdict(row("guest", { ratio: 0.5, bareDrift: 0.3, loadAfter: 3 }), { busyLimits: limits }))).toBe("FAIL: 50 % of bare (busy) (unsteady)");
  });
});

describe("smoke verdicts", () => {
  it("ignore timings and check only that the target answered without errors", () => {
    expect(smokeVerdict(row("staff", { p95: 5000, ratio: 0.01 })).result).toBe("pass");
    expect(smokeVerdict(row("guest", { errors: 2 }))).toMatchObject({ result: "FAIL", failed: ["2 errors"] });
    expect(smokeVerdict(row("guest", { requests: 0 }))).toMatchObject({ result: "FAIL", failed: ["no answers"] });
  });
});

describe("first-load JavaScript and email", () => {
  it("JavaScript: at most 10 kB over the floor", () => {
    expect(jsVerdict({ overFloor: 10 * 1024 }).result).toBe("pass");
    expect(jsVerdict({ overFloor: 10 * 1024 + 1 }).result).toBe("FAIL");
    expect(jsVerdict({ overFloor: null }).result).toBe("FAIL");
  });

  it("email: enqueue within 5 s, deliver at 90 % of the ceiling, none missing", () => {
    expect(emailVerdict("enqueue", { enqueueSeconds: 0.4, missing: 0 }).result).toBe("pass");
    expect(emailVerdict("enqueue", { enqueueSeconds: 5.1, missing: 0 }).result).toBe("FAIL");
    expect(emailVerdict("deliver", { ceilingShare: 0.99, missing: 0 }).result).toBe("pass");
    expect(emailVerdict("deliver", { ceilingShare: 0.99, missing: 1 }).result).toBe("FAIL");
    expect(emailVerdict("deliver", { ceilingShare: 0.89, missing: 0 }).result).toBe("FAIL");
  });
});

describe("scale curves", () => {
  it("pin the issue's sizes and growth limits", () => {
    expect(CURVE_GOALS.staff.fullSizes).toEqual([200, 2_000, 20_000]);
    expect(CURVE_GOALS.archive.fullSizes).toEqual([10_000, 100_000]);
    expect(CURVE_GOALS.people.fullSizes).toEqual([50_000, 500_000]);
    expect(CURVE_GOALS.guest.fullSizes).toEqual([500_000, 5_000_000]);
    expect([CURVE_GOALS.staff.maxGrowth, CURVE_GOALS.people.maxGrowth, CURVE_GOALS.guest.maxGrowth, CURVE_GOALS.archive.maxGrowth]).toEqual([1.5, 1.5, 1.5, 2]);
  });

  it("compare p50 at the largest size with p50 at the smallest, in any order", () => {
    const flat = curveVerdict("staff", [
      { size: 20_000, p50: 15 },
      { size: 200, p50: 10 },
      { size: 2_000, p50: 40 },
    ]);
    expect(flat).toMatchObject({ result: "pass", growth: 1.5 });
    const steep = curveVerdict("guest", [
      { size: 500_000, p50: 10 },
      { size: 5_000_000, p50: 16 },
    ]);
    expect(steep).toMatchObject({ result: "FAIL", failed: ["1.60× from 500000 to 5000000 invitations"] });
    expect(curveVerdict("archive", [{ size: 10_000, p50: 100 }, { size: 100_000, p50: 200 }]).result).toBe("pass");
    expect(curveVerdict("archive", [{ size: 10_000, p50: 100 }, { size: 100_000, p50: 201 }]).result).toBe("FAIL");
  });

  it("fail with fewer than two sizes, or errors at any size, and carry the busy mark", () => {
    expect(curveVerdict("people", [{ size: 50_000, p50: 10 }])).toMatchObject({ result: "FAIL", failed: ["fewer than two sizes measured"] });
    expect(curveVerdict("people", [{ size: 50_000, p50: 10 }, { size: 500_000, p50: null }]).result).toBe("FAIL");
    expect(curveVerdict("people", [{ size: 50_000, p50: 10 }, { size: 500_000, p50: 10, errors: 2 }, { size: 100_000, p50: 10 }])).toMatchObject({
      result: "FAIL",
      failed: ["2 errors at 500000"],
    });
    expect(curveVerdict("people", [{ size: 50_000, p50: 10, busy: true }, { size: 500_000, p50: 11 }])).toMatchObject({ result: "pass", busy: true });
  });
});
