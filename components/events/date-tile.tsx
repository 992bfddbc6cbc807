import { dateBlockParts, formatEventWhen } from "@/lib/events/time";

// A small calendar card: month, day, weekday — read aloud as one sentence.
export function DateTile({ startsAt, endsAt, timeZone, size = "md" }: { startsAt: Date; endsAt: Date; timeZone: string; size?: "md" | "lg" }) {
  const p = dateBlockParts(startsAt, timeZone);
  const large = size === "lg";
  return (
    <div
      className={`flex shrink-0 flex-col self-start items-center justify-center rounded-md border border-line bg-paper text-center shadow-card ${large ? "w-24 py-3" : "w-[4.5rem] py-2"}`}
    >
      <span className="sr-only">{formatEventWhen(startsAt, endsAt, timeZone)}</span>
      <span aria-hidden="true" className="text-[0.7rem] font-semibold uppercase tracking-[0.18em] text-accent">
        {p.month}
      </span>
      <span aria-hidden="true" className={`font-serif leading-none text-ink ${large ? "text-5xl" : "text-3xl"}`}>
        {p.day}
      </span>
      <span aria-hidden="true" className="mt-1 text-[0.7rem] uppercase tracking-wider text-muted">
        {p.weekday.slice(0, 3)}
      </span>
    </div>
  );
}
