import { dateFormatter } from "@/lib/date-formatters";
import type { TimelineDay } from "@/lib/invitations/timeline";

const W = 560;
const H = 140;
const PAD = { top: 10, right: 8, bottom: 22, left: 28 };

const SERIES = [
  { key: "accepted", label: "Accepted", color: "var(--color-success)" },
  { key: "declined", label: "Declined", color: "var(--color-muted)" },
  { key: "waitlisted", label: "Waitlisted", color: "var(--color-warning)" },
] as const;

/** Answers over time as a small SVG drawn on the server: no chart library, no JavaScript. */
export function ResponseChart({ days }: { days: TimelineDay[] }) {
  if (days.length < 2) return null;
  const max = Math.max(1, ...days.map((d) => Math.max(d.accepted, d.declined, d.waitlisted)));
  const x = (i: number) => PAD.left + (i * (W - PAD.left - PAD.right)) / (days.length - 1);
  const y = (n: number) => PAD.top + (H - PAD.top - PAD.bottom) * (1 - n / max);
  const last = days.at(-1)!;
  const label = (d: string) => dateFormatter("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${d}T12:00:00Z`));
  return (
    <figure className="max-w-2xl rounded-md border border-line bg-paper p-4">
      <figcaption className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
        <span className="font-medium text-ink">Answers over time</span>
        {SERIES.map((s) => (
          <span key={s.key} className="inline-flex items-center gap-1.5 text-muted">
            <span aria-hidden="true" className="inline-block h-0.5 w-4" style={{ background: s.color }} />
            {s.label} {last[s.key]}
          </span>
        ))}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} className="h-auto w-full" role="img" aria-label={`From ${label(days[0].day)} to ${label(last.day)}: ${last.accepted} accepted, ${last.declined} declined, ${last.waitlisted} waitlisted.`}>
        <line x1={PAD.left} x2={W - PAD.right} y1={y(0)} y2={y(0)} stroke="var(--color-line-strong)" />
        <text x={PAD.left - 6} y={y(max) + 4} textAnchor="end" fontSize="11" fill="var(--color-muted)">
          {max}
        </text>
        <text x={PAD.left - 6} y={y(0) + 4} textAnchor="end" fontSize="11" fill="var(--color-muted)">
          0
        </text>
        <text x={PAD.left} y={H - 4} fontSize="11" fill="var(--color-muted)">
          {label(days[0].day)}
        </text>
        <text x={W - PAD.right} y={H - 4} textAnchor="end" fontSize="11" fill="var(--color-muted)">
          {label(last.day)}
        </text>
        {SERIES.map((s) => (
          <polyline
            key={s.key}
            fill="none"
            stroke={s.color}
            strokeWidth="2"
            strokeLinejoin="round"
            points={days.map((d, i) => `${x(i).toFixed(1)},${y(d[s.key]).toFixed(1)}`).join(" ")}
          />
        ))}
      </svg>
    </figure>
  );
}
