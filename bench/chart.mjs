// A tiny SVG writer for the bench's charts: small multiples of line charts
// with a logarithmic x axis (data sizes) and a linear y axis from zero
// (milliseconds). No dependency; the output is a standalone SVG file that any
// browser or Markdown viewer shows.

const esc = (s) => String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const r1 = (v) => Math.round(v * 10) / 10;

/** 200 → "200", 2000 → "2 k", 20000 → "20 k", 5000000 → "5 M". */
export function shortNumber(n) {
  if (n >= 1e6) return `${r1(n / 1e6)} M`;
  if (n >= 1e3) return `${r1(n / 1e3)} k`;
  return String(Math.round(n));
}

/** Round tick values from 0 to at least `max`: 0, 10, 20 … or 0, 50, 100 … */
export function niceTicks(max, count = 5) {
  if (!(max > 0)) return [0, 1];
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  const ticks = [];
  for (let v = 0; v < max + step * 0.999; v += step) ticks.push(Number(v.toPrecision(12)));
  return ticks;
}

/**
 * One panel: { title, subtitle?, xLabel, yLabel, series: [{ name, color, dash?, points: [[x, y], …] }],
 * rules: [{ y, label, color }] } drawn at (x, y) in a box w × h.
 */
function panel(p, x, y, w, h) {
  const m = { top: 44, right: 18, bottom: 46, left: 58 };
  const pw = w - m.left - m.right;
  const ph = h - m.top - m.bottom;
  const xs = p.series.flatMap((s) => s.points.map(([px]) => px)).filter((v) => v > 0);
  const ys = [...p.series.flatMap((s) => s.points.map(([, py]) => py)), ...(p.rules ?? []).map((r) => r.y)].filter((v) => Number.isFinite(v));
  let xMin = Math.min(...xs);
  let xMax = Math.max(...xs);
  if (xMin === xMax) {
    xMin /= 2;
    xMax *= 2;
  }
  // A little room either side of the first and last size.
  const lx0 = Math.log10(xMin) - 0.08 * (Math.log10(xMax) - Math.log10(xMin));
  const lx1 = Math.log10(xMax) + 0.08 * (Math.log10(xMax) - Math.log10(xMin));
  const yTicks = niceTicks(Math.max(...ys, 1) * 1.08);
  const yMax = yTicks.at(-1);
  const sx = (v) => x + m.left + ((Math.log10(v) - lx0) / (lx1 - lx0)) * pw;
  const sy = (v) => y + m.top + ph - (v / yMax) * ph;
  const out = [];
  out.push(`<g>`);
  out.push(`<text x="${x + m.left}" y="${y + 18}" class="panel-title">${esc(p.title)}</text>`);
  if (p.subtitle) out.push(`<text x="${x + m.left}" y="${y + 34}" class="note">${esc(p.subtitle)}</text>`);
  // Grid and y axis.
  for (const t of yTicks) {
    out.push(`<line x1="${r1(x + m.left)}" x2="${r1(x + m.left + pw)}" y1="${r1(sy(t))}" y2="${r1(sy(t))}" class="grid"/>`);
    out.push(`<text x="${r1(x + m.left - 6)}" y="${r1(sy(t) + 4)}" class="tick" text-anchor="end">${esc(t)}</text>`);
  }
  // x axis: a tick at each measured size.
  const xTicks = [...new Set(xs)].sort((a, b) => a - b);
  out.push(`<line x1="${r1(x + m.left)}" x2="${r1(x + m.left + pw)}" y1="${r1(sy(0))}" y2="${r1(sy(0))}" class="axis"/>`);
  out.push(`<line x1="${r1(x + m.left)}" x2="${r1(x + m.left)}" y1="${r1(y + m.top)}" y2="${r1(sy(0))}" class="axis"/>`);
  for (const t of xTicks) {
    out.push(`<line x1="${r1(sx(t))}" x2="${r1(sx(t))}" y1="${r1(sy(0))}" y2="${r1(sy(0) + 5)}" class="axis"/>`);
    out.push(`<text x="${r1(sx(t))}" y="${r1(sy(0) + 18)}" class="tick" text-anchor="middle">${esc(shortNumber(t))}</text>`);
  }
  out.push(`<text x="${r1(x + m.left + pw / 2)}" y="${r1(y + h - 6)}" class="label" text-anchor="middle">${esc(p.xLabel)}</text>`);
  out.push(
    `<text transform="translate(${r1(x + 14)} ${r1(y + m.top + ph / 2)}) rotate(-90)" class="label" text-anchor="middle">${esc(p.yLabel)}</text>`,
  );
  // Horizontal rules (goals), labelled at their right end.
  for (const rule of p.rules ?? []) {
    out.push(`<line x1="${r1(x + m.left)}" x2="${r1(x + m.left + pw)}" y1="${r1(sy(rule.y))}" y2="${r1(sy(rule.y))}" stroke="${rule.color}" stroke-width="1.5" stroke-dasharray="2 4"/>`);
    out.push(`<text x="${r1(x + m.left + pw - 4)}" y="${r1(sy(rule.y) - 5)}" class="note halo" text-anchor="end" fill="${rule.color}">${esc(rule.label)}</text>`);
  }
  // The series: a line and a dot per point, the value beside the dot.
  for (const s of p.series) {
    const pts = s.points.filter(([px, py]) => px > 0 && Number.isFinite(py)).sort((a, b) => a[0] - b[0]);
    if (pts.length === 0) continue;
    const d = pts.map(([px, py], i) => `${i === 0 ? "M" : "L"}${r1(sx(px))} ${r1(sy(py))}`).join(" ");
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`);
    for (const [px, py] of pts) {
      out.push(`<circle cx="${r1(sx(px))}" cy="${r1(sy(py))}" r="4" fill="${s.color}"/>`);
      // Values of a series marked `below` sit under their dots, the others above: two close series stay readable.
      const dy = s.below && sy(py) + 17 < sy(0) - 4 ? 17 : -8;
      out.push(`<text x="${r1(sx(px) + 6)}" y="${r1(sy(py) + dy)}" class="value" fill="${s.color}">${esc(Math.round(py))}</text>`);
    }
  }
  out.push(`</g>`);
  return out.join("\n");
}

/**
 * A whole chart: { title, subtitle, legend: [{ name, color, dash? }], panels, columns }.
 * Returns the SVG text.
 */
export function smallMultiples({ title, subtitle, legend = [], panels, columns = 2, panelWidth = 470, panelHeight = 300 }) {
  const head = 86;
  const rows = Math.ceil(panels.length / columns);
  const width = columns * panelWidth + 20;
  const height = head + rows * panelHeight + 16;
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="chart-title chart-desc">`);
  out.push(`<title id="chart-title">${esc(title)}</title>`);
  out.push(`<desc id="chart-desc">${esc(subtitle ?? "")}</desc>`);
  out.push(`<style>
  text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; fill: #1d232b; }
  .title { font-size: 19px; font-weight: 600; }
  .panel-title { font-size: 15px; font-weight: 600; }
  .note { font-size: 12px; fill: #4b5563; }
  .tick { font-size: 12px; fill: #4b5563; }
  .label { font-size: 12px; fill: #374151; }
  .value { font-size: 11px; font-weight: 600; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }
  .halo { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }
  .legend { font-size: 13px; }
  .grid { stroke: #e5e7eb; stroke-width: 1; }
  .axis { stroke: #6b7280; stroke-width: 1; }
</style>`);
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  out.push(`<text x="20" y="30" class="title">${esc(title)}</text>`);
  if (subtitle) out.push(`<text x="20" y="50" class="note">${esc(subtitle)}</text>`);
  let lx = 20;
  for (const item of legend) {
    out.push(`<line x1="${lx}" x2="${lx + 28}" y1="70" y2="70" stroke="${item.color}" stroke-width="${item.width ?? 2.5}"${item.dash ? ` stroke-dasharray="${item.dash}"` : ""}/>`);
    out.push(`<text x="${lx + 34}" y="74" class="legend">${esc(item.name)}</text>`);
    lx += 34 + 7.5 * item.name.length + 24;
  }
  panels.forEach((p, i) => {
    out.push(panel(p, 10 + (i % columns) * panelWidth, head + Math.floor(i / columns) * panelHeight, panelWidth, panelHeight));
  });
  out.push(`</svg>`);
  return `${out.join("\n")}\n`;
}
