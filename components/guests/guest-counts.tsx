import type { GuestCounts } from "@/lib/invitations/queries";

const number = new Intl.NumberFormat("en-GB");

/** The numbers that matter, large: seats taken against capacity first. */
export function GuestCountStrip({ counts, capacity }: { counts: GuestCounts; capacity: number | null }) {
  const share = capacity ? Math.min(100, Math.round((counts.seats / capacity) * 100)) : null;
  const cells = [
    { label: "waitlisted", value: counts.waitlisted },
    { label: "no answer yet", value: counts.noAnswer },
    { label: "declined", value: counts.declined },
    { label: "invited", value: counts.invited },
    { label: "not yet invited", value: counts.notSent },
    { label: "checked in", value: counts.checkedIn },
  ];
  return (
    <section aria-label="Guest numbers" className="grid grid-cols-3 gap-px overflow-hidden rounded-md border border-line bg-line md:grid-cols-[minmax(13rem,1.4fr)_repeat(6,minmax(0,1fr))]">
      <div className="col-span-3 bg-paper p-4 md:col-span-1">
        <p className="text-3xl font-semibold tabular-nums text-ink">
          {number.format(counts.seats)}
          {capacity ? <span className="text-lg font-normal text-muted"> / {number.format(capacity)}</span> : null}
        </p>
        <p className="text-sm text-muted">
          seats taken · {number.format(counts.accepted)} accepted
          {counts.seats > counts.accepted ? ` + ${number.format(counts.seats - counts.accepted)} (plus-ones, delegates awaited)` : ""}
        </p>
        {share !== null ? (
          <div className="mt-3 h-1.5 rounded-full bg-surface-sunken" role="img" aria-label={`${share}% of the capacity taken`}>
            <div className="h-full rounded-full bg-success" style={{ width: `${share}%` }} />
          </div>
        ) : null}
      </div>
      {cells.map((c) => (
        <div key={c.label} className="bg-paper p-3 sm:p-4">
          <p className="text-xl font-semibold tabular-nums text-ink sm:text-2xl">{number.format(c.value)}</p>
          <p className="text-[13px] leading-5 text-muted sm:text-sm">{c.label}</p>
        </div>
      ))}
    </section>
  );
}
