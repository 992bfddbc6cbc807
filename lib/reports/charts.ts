import "server-only";
import * as vega from "vega";
import { compile, type TopLevelSpec } from "vega-lite";
import { TtlMemo } from "./memo";

export type Bar = { label: string; value: number };

const INK = "#14213d";
const MUTED = "#4a5568";
const FONT = 'ui-sans-serif, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/**
 * A horizontal bar chart as an SVG string, drawn on the server by Vega (no
 * canvas, no client script). Decorative to assistive technology: the page puts
 * the same numbers in a table beside it.
 */
export async function barChartSvg(bars: readonly Bar[], opts: { width?: number; unit: string }): Promise<string> {
  const width = opts.width ?? 320;
  // The same figures draw the same chart: kept while the report is (lib/reports/counted.ts).
  const key = JSON.stringify([width, opts.unit, bars.map((b) => [b.label, b.value])]);
  return (await drawn.get(key, () => drawBarChart(bars, width))).value;
}

const drawn = new TtlMemo<string>({ ttlMs: Number.POSITIVE_INFINITY, max: 64 });

async function drawBarChart(bars: readonly Bar[], width: number): Promise<string> {
  const view = new vega.View(runtimeFor(width), { renderer: "none" });
  view.data("bars", bars.map((b) => ({ label: b.label, value: b.value })));
  try {
    const svg = await view.toSVG();
    // The numbers are in the table beside the chart: keep the drawing out of the accessibility tree.
    return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" class="report-chart" ');
  } finally {
    view.finalize();
  }
}

// Compiling Vega-Lite and parsing the result cost more than drawing: done once per width, the data filled in per chart.
const runtimes = new Map<number, vega.Runtime>();

function runtimeFor(width: number): vega.Runtime {
  const cached = runtimes.get(width);
  if (cached) return cached;
  const spec: TopLevelSpec = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    width,
    height: { step: 26 },
    background: "transparent",
    padding: { left: 0, right: 8, top: 4, bottom: 4 },
    data: { name: "bars" },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null, axis: { labelLimit: 200, labelFontSize: 12, labelColor: INK, labelFont: FONT, ticks: false, domain: false, labelPadding: 8 } },
      x: { field: "value", type: "quantitative", title: null, axis: null, scale: { domainMin: 0, nice: false } },
    },
    layer: [
      { mark: { type: "bar", color: INK } },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 12, font: FONT, color: MUTED },
        encoding: { text: { field: "value", type: "quantitative", format: "," } },
      },
    ],
    config: { view: { stroke: null }, font: FONT, scale: { bandPaddingInner: 0.35 } },
  };
  const runtime = vega.parse(compile(spec).spec);
  runtimes.set(width, runtime);
  return runtime;
}
