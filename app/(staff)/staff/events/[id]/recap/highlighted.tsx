import { highlightSegments, type AttributionHit } from "@/lib/recaps/guard/attribution-guard";

/** A short field (title, caption, alt text, link title) with its guard hits marked, reasons on hover and listed by the editor. */
export function Highlighted({ text, hits }: { text: string; hits: readonly AttributionHit[] }) {
  return (
    <>
      {highlightSegments(text, hits).map((segment, i) =>
        segment.hit ? (
          <mark key={i} className="guard-hit" title={segment.hit.reason}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </>
  );
}

/** Under a field: what the guard found in it, in words. */
export function FieldFindings({ label, text, hits }: { label: string; text: string; hits: readonly AttributionHit[] }) {
  if (hits.length === 0) return null;
  return (
    <div className="rounded-sm border border-danger/30 bg-danger-tint/60 px-3 py-2 text-[13px] leading-5">
      <p className="text-ink">
        <span className="font-medium text-danger">{label}: </span>
        <Highlighted text={text} hits={hits} />
      </p>
      <ul className="mt-1 list-disc pl-5 text-muted">
        {hits.map((h, i) => (
          <li key={i}>{h.reason}</li>
        ))}
      </ul>
    </div>
  );
}
