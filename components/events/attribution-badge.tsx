import { attributionExplanation, attributionLabel, type Attribution } from "@/lib/events/attribution";

// The badge names the rule; its one-line explanation shows on hover and on
// keyboard focus, and is always in the text for screen readers. On a phone the
// explanation sits along the foot of the screen, wherever the badge is, so it
// never reaches past the screen's edge.
export function AttributionBadge({ attribution, id }: { attribution: Attribution; id: string }) {
  const tone =
    attribution === "on_record"
      ? "border-line text-muted"
      : attribution === "chatham_house"
        ? "border-accent/40 bg-accent-tint text-accent-ink"
        : "border-danger/30 bg-danger-tint text-danger";
  return (
    <span className="group relative inline-flex">
      <span
        tabIndex={0}
        aria-describedby={`${id}-explanation`}
        className={`inline-flex items-center rounded-sm border px-2 py-0.5 text-xs font-semibold uppercase tracking-wider ${tone} cursor-help`}
      >
        {attributionLabel(attribution)}
      </span>
      <span
        id={`${id}-explanation`}
        role="tooltip"
        className="pointer-events-none absolute left-0 top-full z-20 mt-2 hidden w-[min(18rem,calc(100vw-3rem))] max-sm:fixed max-sm:inset-x-4 max-sm:top-auto max-sm:bottom-4 max-sm:mt-0 max-sm:w-auto rounded-md bg-ink px-3 py-2 text-xs leading-relaxed font-normal normal-case tracking-normal text-paper shadow-overlay group-focus-within:block group-hover:block"
      >
        {attributionExplanation(attribution)}
      </span>
    </span>
  );
}
