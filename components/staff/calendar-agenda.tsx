import Link from "next/link";
import { Badge, cn } from "@/components/ui";
import type { Day } from "@/lib/events/calendar";
import type { StaffEventRow } from "@/lib/events/staff-queries";
import { formatClock, formatTimeRange, zoneAbbreviation } from "@/lib/events/time";

const dayHeading = new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" });

/**
 * The calendar as a list: each day that has events, under its date, each event
 * at its time in the reader's zone. What a phone shows instead of a month grid.
 */
export function CalendarAgenda({
  title,
  days,
  today,
  byDay,
  zone,
  clashing,
  className,
}: {
  title: string;
  days: Day[];
  today: Day;
  byDay: Map<Day, StaffEventRow[]>;
  zone: string;
  clashing: Set<string>;
  className?: string;
}) {
  const busy = days.filter((d) => byDay.has(d));
  return (
    <section aria-label={`${title}, as a list`} className={cn("max-w-4xl", className)}>
      {busy.length === 0 ? (
        <p className="rounded-md border border-line bg-surface px-4 py-6 text-center text-sm text-muted">Nothing on the calendar here. Try another month, or fewer filters.</p>
      ) : (
        <ol className="space-y-5">
          {busy.map((day) => (
            <li key={day}>
              <h3 className="mb-2 flex items-center gap-2 text-sm font-semibold text-ink">
                {dayHeading.format(new Date(`${day}T00:00:00Z`))}
                {day === today ? <Badge variant="accent">Today</Badge> : null}
              </h3>
              <ul className="divide-y divide-line overflow-hidden rounded-md border border-line bg-paper shadow-card">
                {byDay.get(day)!.map((e) => (
                  <AgendaEntry key={e.id} e={e} zone={zone} clashing={clashing.has(e.id)} />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function AgendaEntry({ e, zone, clashing }: { e: StaffEventRow; zone: string; clashing: boolean }) {
  const ownZone = e.timeZone !== zone;
  return (
    <li>
      <Link href={`/staff/events/${e.id}`} className="flex gap-3 px-3 py-2.5 hover:bg-surface focus-visible:-outline-offset-2">
        <span className={cn("w-16 shrink-0 pt-px text-sm font-semibold tabular-nums text-ink", e.status === "cancelled" && "line-through")}>{formatClock(e.startsAt, zone)}</span>
        <span className="min-w-0 flex-1">
          <span className={cn("block font-medium leading-snug text-ink", e.status === "cancelled" && "line-through")}>{e.title}</span>
          <span className="mt-0.5 block text-xs text-muted">
            {formatTimeRange(e.startsAt, e.endsAt, zone)}
            {ownZone ? ` · ${formatClock(e.startsAt, e.timeZone)} ${zoneAbbreviation(e.startsAt, e.timeZone)} there` : ""}
            {e.venueName ? ` · ${e.venueName}` : ""}
          </span>
          {e.status !== "scheduled" || clashing ? (
            <span className="mt-1 flex flex-wrap gap-1.5">
              {e.status === "draft" ? <Badge variant="neutral">Draft</Badge> : null}
              {e.status === "cancelled" ? <Badge variant="danger">Cancelled</Badge> : null}
              {clashing ? <Badge variant="warning">Clash — see the event</Badge> : null}
            </span>
          ) : null}
        </span>
      </Link>
    </li>
  );
}
