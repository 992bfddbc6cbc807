// The scale curves' report: the "Scale curves" section of bench/results.md
// and bench/curves.svg, from the points bench/run.mjs measured in --curves
// mode and the verdicts bench/goals.mjs computed.
import { shortNumber, smallMultiples } from "./chart.mjs";
import { verdictCell } from "./goals.mjs";

const P50 = { name: "p50", color: "#1f5fa8", below: true };
const P95 = { name: "p95", color: "#0f7f6f", dash: "7 5" };
const GOAL = "#b3261e";
const ms = (v) => (v === null || v === undefined ? "—" : `${v.toFixed(v < 10 ? 1 : 0)} ms`);
const cpu = (v) => (v === null || v === undefined ? "—" : `${v.toFixed(1)}`);

export function curvesMarkdown(curves, meta) {
  const lines = [];
  lines.push("## Scale curves", "");
  lines.push(
    `\`npm run bench -- --curves${meta.full ? "=full" : ""}\` at ${meta.at.slice(0, 16).replace("T", " ")} UTC, commit ${meta.commit}, ${meta.machine}, scale ${meta.scale}: ` +
      `each size measured with ${meta.connections} connection${meta.connections === 1 ? "" : "s"}, ${meta.warmupSeconds} s warm-up, ${meta.durationSeconds} s measured, ` +
      `the data grown in place between sizes (\`bench/grow.ts\`, VACUUM ANALYZE after each growth). ` +
      `Whole run ${(meta.totalSeconds / 60).toFixed(1)} min (${(meta.curvesSeconds / 60).toFixed(1)} min of it growing and measuring). Chart: [curves.svg](curves.svg).`,
    "",
  );
  lines.push("| curve | size | p50 | p95 | req/s | CPU/req server + db (ms) | grown in | load avg before → after | others' CPU | p50 vs smallest |");
  lines.push("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const c of curves) {
    const first = [...c.points].sort((a, b) => a.actual - b.actual)[0];
    for (const p of c.points) {
      lines.push(
        `| ${c.name} | ${p.actual.toLocaleString("en-GB")} ${c.unit} | ${ms(p.p50)} | ${ms(p.p95)} | ${p.rps.toFixed(1)} | ${cpu(p.serverCpuMs)} + ${cpu(p.dbCpuMs)} | ` +
          `${p.growSeconds.toFixed(1)} s | ${p.loadBefore} → ${p.loadAfter}${p.busy ? " busy" : ""} | ${p.othersCores ?? "—"} | ${first.p50 ? `${(p.p50 / first.p50).toFixed(2)}×` : "—"} |`,
      );
    }
  }
  lines.push("", "| curve | goal | growth of p50 | result |", "| --- | --- | ---: | --- |");
  for (const c of curves) {
    lines.push(`| ${c.name} | ${c.verdict.goal} | ${c.verdict.growth === null ? "—" : `${c.verdict.growth.toFixed(2)}×`} | ${verdictCell(c.verdict)} |`);
  }
  lines.push(
    "",
    `A point marked busy was measured while others used more than ${meta.busy.others} cores (or, where that is unknown, the load average passed ${meta.busy.load}); ` +
      `a curve with a busy point carries the mark in its result. ` +
      `"Grown in": the time \`bench/grow.ts\` took to bring the data to that size (0 when it was there already).`,
    "",
  );
  return lines.join("\n");
}

export function curvesSvg(curves, meta) {
  const panels = curves.map((c) => {
    const sorted = [...c.points].sort((a, b) => a.actual - b.actual);
    const smallest = sorted[0]?.p50;
    const growth = c.verdict.growth === null ? "—" : `${c.verdict.growth.toFixed(2)}×`;
    return {
      title: `${c.name}: ${c.verdict.result === "pass" ? "pass" : "FAIL"}${c.verdict.busy ? " (busy)" : ""}`,
      subtitle: `p50 grew ${growth}; goal ≤ ${c.maxGrowth}× from ${shortNumber(sorted[0]?.actual ?? 0)} to ${shortNumber(sorted.at(-1)?.actual ?? 0)} ${c.unit}`,
      xLabel: `${c.unit} (log scale)`,
      yLabel: "latency (ms)",
      series: [
        { ...P50, points: sorted.map((p) => [p.actual, p.p50]) },
        { ...P95, points: sorted.map((p) => [p.actual, p.p95]) },
      ],
      rules: smallest ? [{ y: smallest * c.maxGrowth, label: `p50 limit (${c.maxGrowth}× smallest)`, color: GOAL }] : [],
    };
  });
  return smallMultiples({
    title: "Convene: how latency grows with the data",
    subtitle: `${meta.at.slice(0, 10)} · commit ${meta.commit} · ${meta.machine} · ${meta.connections} connection${meta.connections === 1 ? "" : "s"}, ${meta.durationSeconds} s per size`,
    legend: [P50, P95, { name: "goal for p50 at the largest size", color: GOAL, dash: "2 4", width: 1.5 }],
    panels,
  });
}
