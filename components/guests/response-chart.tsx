import { dateFormatter } from "@/lib/date-formatters";
import type { TimelineDay } from "@/lib/invitations/timeline";

const W = 200;
const H = 56;
const INSET = 3;

const SERIES = [
  { key: "accepted", label: "Accepted", color: "var(--color-success)" },
  { key: "declined", label: "Declined", color: "var(--color-muted)" },
  { key: "waitlisted", label: "Waitlisted", color: "var(--color-warning)" },
] as const;

/**
 * Answers over time as small multiples drawn on the server (no chart
 * library, no JavaScript): one panel an answer, on one shared scale, so no
 * line hides another; the labels are HTML text, legible on a phone.
 */
export function ResponseChart({ days }: { days: TimelineDay[] }) {
  if (days.length < 2) return null;
  const max = Math.max(1, ...days.map((d) => Math.max(d.accepted, d.declined, d.waitlisted)));
  const x = (i: number) => (i * W) / (days.length - 1);
  const y = (n: number) => INSET + (H - 2 * INSET) * (1 - n / max);
  const last = days.at(-1)!;
  const label = (d: string) => dateFormatter("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }).format(new Date(`${d}T12:00:00Z`));
  return (
    <figure className="max-w-3xl rounded-md border border-line bg-paper p-4">
      <figcaption className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm">
        <span className="font-medium text-ink">Answers over time</span>
        <span className="text-[13px] text-muted">
          {label(days[0].day)} – {label(last.day)} · each panel from 0 to {max}
        </span>
      </figcaption>
      <p className="sr-only">
        From {label(days[0].day)} to {label(last.day)}: {last.accepted} accepted, {last.declined} declined, {last.waitlisted} waitlisted.
      </p>
      <div className="grid grid-cols-3 gap-3 sm:gap-4">
        {SERIES.map((s) => (
          <div key={s.key} aria-hidden="true">
            <p className="flex items-baseline justify-between text-[13px] text-muted">
              <span className="inline-flex items-center gap-1.5">
                <span className="hidden h-0.5 w-4 sm:inline-block" style={{ background: s.color }} />
                {s.label}
              </span>
              <span className="text-base font-semibold tabular-nums text-ink">{last[s.key]}</span>
            </p>
            <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" className="mt-1 block h-14 w-full">
              <line x1={0} x2={W} y1={y(max)} y2={y(max)} stroke="var(--color-line)" strokeDasharray="2 3" vectorEffect="non-scaling-stroke" />
              <line x1={0} x2={W} y1={y(0)} y2={y(0)} stroke="var(--color-line-strong)" vectorEffect="non-scaling-stroke" />
              <polyline
                fill="none"
                stroke={s.color}
                strokeWidth="2.5"
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
                points={days.map((d, i) => `${x(i).toFixed(1)},${y(d[s.key]).toFixed(1)}`).join(" ")}
              />
            </svg>
            <p className="mt-0.5 flex flex-wrap justify-between gap-x-1 text-[12px] text-muted">
              <span>{label(days[0].day)}</span>
              <span>{label(last.day)}</span>
            </p>
          </div>
        ))}
      </div>
    </figure>
  );
}
