import type { ComponentProps } from "react";
import { cn } from "./cn";

export type DateBlockProps = Omit<ComponentProps<"div">, "children"> & {
  /** Already formatted, e.g. "Thursday". */
  weekday: string;
  /** e.g. "12". */
  day: string;
  /** e.g. "March" or "Mar". */
  month: string;
  /** e.g. "18:30". */
  time?: string;
  /** Zone abbreviation, e.g. "CET". */
  zone?: string;
  /** The full sentence for screen readers: "Thursday 12 March 2026, 18:30 Central European Time". */
  label: string;
  /** ISO date or date-time; renders the block as <time dateTime>. */
  dateTime?: string;
  size?: "sm" | "md";
};

/** The event's date as a small printed calendar card. Visual parts are hidden from screen readers; `label` is read instead. */
export function DateBlock({ weekday, day, month, time, zone, label, dateTime, size = "md", className, ...props }: DateBlockProps) {
  const md = size === "md";
  const visual = (
    <span aria-hidden="true" className="flex flex-col">
      <span
        className={cn(
          "block bg-ink text-paper font-semibold uppercase tracking-[0.16em]",
          md ? "px-3 py-1.5 text-[11px]" : "px-2 py-1 text-[10px]",
        )}
      >
        {month}
      </span>
      <span className={cn("block font-serif leading-none text-ink tabular-nums", md ? "pt-3 text-5xl" : "pt-2 text-3xl")}>
        {day}
      </span>
      <span className={cn("block text-muted", md ? "pt-1.5 pb-3 text-[13px]" : "pt-1 pb-2 text-[11px]")}>{weekday}</span>
      {time ? (
        <span
          className={cn(
            "block border-t border-line bg-surface font-medium text-ink tabular-nums",
            md ? "px-3 py-2 text-[13px]" : "px-2 py-1.5 text-[11px]",
          )}
        >
          {time}
          {zone ? <span className="ml-1 font-normal text-muted">{zone}</span> : null}
        </span>
      ) : null}
    </span>
  );
  const frame = cn(
    "inline-flex shrink-0 flex-col overflow-hidden rounded-md border border-line bg-paper text-center shadow-card",
    md ? "w-28" : "w-20",
    className,
  );
  return (
    <div className={frame} {...props}>
      {dateTime ? <time dateTime={dateTime}>{visual}</time> : visual}
      <span className="sr-only">{label}</span>
    </div>
  );
}
