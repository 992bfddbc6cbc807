/** A record read-only, for viewers who may look but not edit. */
export function RecordDetails({ rows }: { rows: readonly (readonly [string, React.ReactNode])[] }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[9rem_minmax(0,1fr)]">
      {rows.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-muted">{label}</dt>
          <dd className="break-words whitespace-pre-line text-ink">{value ?? <span className="text-subtle">—</span>}</dd>
        </div>
      ))}
    </dl>
  );
}
