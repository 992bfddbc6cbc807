import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/staff/page-header";
import { CalendarAgenda } from "@/components/staff/calendar-agenda";
import { Button, cn, Options, Select } from "@/components/ui";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { listPrograms, listVenues } from "@/lib/reference-data/queries";
import { addDays, dayIn, isDay, monthGrid, monthOf, shiftMonth, startOfWeek, weekDays, type Day } from "@/lib/events/calendar";
import { listOpenConflicts } from "@/lib/events/conflict-queries";
import { listEventsForCalendar } from "@/lib/events/staff-queries";
import { formatClock, zonedTimeToUtc, zoneAbbreviation } from "@/lib/events/time";
import { viewerTimeZone } from "@/lib/events/viewer-zone";
import { parseId } from "@/lib/ids";

export const metadata: Metadata = { title: "Calendar" };

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v : undefined);

// Below 45rem (720 px) the calendar is a list: a month grid would show Monday to Wednesday only.
const NARROW_HIDDEN = "max-[45rem]:hidden";
const WIDE_HIDDEN = "min-[45rem]:hidden";

type View = "month" | "week" | "agenda";
const VIEWS: { id: View; label: string }[] = [
  { id: "month", label: "Month" },
  { id: "week", label: "Week" },
  { id: "agenda", label: "Agenda" },
];

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireStaff("viewer");
  const params = await searchParams;
  const zone = (await viewerTimeZone()) ?? "UTC";
  // No view chosen: the month grid on a wide screen, the agenda on a phone (CSS picks; no script needed).
  const chosen = VIEWS.find((v) => v.id === one(params.view))?.id;
  const view: View = chosen ?? "month";
  const today = dayIn(new Date(), zone);
  const anchor = isDay(one(params.date) ?? "") ? (one(params.date) as Day) : today;
  const venueId = parseId(one(params.venue)) ?? undefined;
  const programId = parseId(one(params.program)) ?? undefined;

  const { year, month } = monthOf(anchor);
  const weeks = view === "week" ? [weekDays(anchor)] : monthGrid(year, month);
  const first = weeks[0][0];
  const last = weeks.at(-1)!.at(-1)!;
  const db = getDb();
  const [rows, venues, programs, conflicts] = await Promise.all([
    listEventsForCalendar(db, { from: zonedTimeToUtc(`${first}T00:00`, zone), to: zonedTimeToUtc(`${addDays(last, 1)}T00:00`, zone), venueId, programId }),
    listVenues(db),
    listPrograms(db),
    listOpenConflicts(db, zonedTimeToUtc(`${first}T00:00`, zone)),
  ]);
  const clashing = new Set(conflicts.flatMap((c) => [c.a.id, c.b.id]));
  const byDay = new Map<Day, typeof rows>();
  for (const e of rows) {
    const key = dayIn(e.startsAt, zone);
    byDay.set(key, [...(byDay.get(key) ?? []), e]);
  }
  // The agenda keeps to the month (or week) named in the title, not the grid's spill-over days.
  const agendaDays = weeks.flat().filter((d) => view === "week" || monthOf(d).month === month);

  const query = (over: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    const merged = { view: chosen, date: anchor, venue: venueId, program: programId, ...over };
    for (const [k, v] of Object.entries(merged)) if (v) q.set(k, v);
    return `/staff/calendar?${q}`;
  };
  const previous = view === "week" ? addDays(startOfWeek(anchor), -7) : shiftMonth(anchor, -1);
  const next = view === "week" ? addDays(startOfWeek(anchor), 7) : shiftMonth(anchor, 1);
  const title = view === "week" ? `Week of ${Number(first.slice(8))} ${MONTHS[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}` : `${MONTHS[month - 1]} ${year}`;
  const agenda = (className?: string) => <CalendarAgenda title={title} days={agendaDays} today={today} byDay={byDay} zone={zone} clashing={clashing} className={className} />;
  const grid = (className?: string) => <CalendarGrid title={title} weeks={weeks} view={view} month={month} today={today} byDay={byDay} zone={zone} clashing={clashing} className={className} />;

  return (
    <>
      <PageHeader title="Calendar" description={`Times in your zone (${zone.replace(/_/g, " ")}); each event’s own time is noted where it differs.`} />
      <CalendarNav title={title} view={view} chosen={chosen} anchor={anchor} today={today} previous={previous} next={next} venueId={venueId} programId={programId} venues={venues} programs={programs} query={query} />
      {chosen === "agenda" ? (
        agenda()
      ) : chosen ? (
        // A chosen grid stays on a phone, as an overview of the busy days above their list.
        <>
          {grid()}
          {agenda(cn("mt-6", WIDE_HIDDEN))}
        </>
      ) : (
        <>
          {grid(NARROW_HIDDEN)}
          {agenda(WIDE_HIDDEN)}
        </>
      )}
    </>
  );
}

type CalendarEvent = Awaited<ReturnType<typeof listEventsForCalendar>>[number];

/** Month | Week | Agenda, as links that keep the rest of the address. */
function ViewSwitch({ current, query, className }: { current: View; query: (over: Record<string, string | undefined>) => string; className?: string }) {
  return (
    <nav aria-label="Calendar view" className={className}>
      <ul className="inline-flex rounded-md border border-line-strong bg-paper p-0.5">
        {VIEWS.map((v) => (
          <li key={v.id}>
            <Link
              href={query({ view: v.id })}
              aria-current={v.id === current ? "page" : undefined}
              className="inline-flex min-h-8 items-center rounded-[5px] px-3 text-sm font-medium text-muted hover:text-ink aria-[current=page]:bg-ink aria-[current=page]:text-paper"
            >
              {v.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Back, forward, today; the view; and which events to show. */
function CalendarNav({
  title,
  view,
  chosen,
  anchor,
  today,
  previous,
  next,
  venueId,
  programId,
  venues,
  programs,
  query,
}: {
  title: string;
  view: View;
  chosen: View | undefined;
  anchor: Day;
  today: Day;
  previous: Day;
  next: Day;
  venueId: string | undefined;
  programId: string | undefined;
  venues: { id: string; name: string }[];
  programs: { id: string; name: string }[];
  query: (over: Record<string, string | undefined>) => string;
}) {
  const unit = view === "week" ? "week" : "month";
  return (
    <div className="mb-5 space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex items-center gap-2">
          <Button asChild variant="secondary" size="sm">
            <Link href={query({ date: previous })} aria-label={`Previous ${unit}`}>←</Link>
          </Button>
          <h2 className="min-w-40 text-center text-lg font-semibold text-ink sm:min-w-48" aria-live="polite">
            {title}
          </h2>
          <Button asChild variant="secondary" size="sm">
            <Link href={query({ date: next })} aria-label={`Next ${unit}`}>→</Link>
          </Button>
          <Button asChild variant="ghost" size="sm">
            <Link href={query({ date: today })}>Today</Link>
          </Button>
        </div>
        {chosen ? (
          <ViewSwitch current={chosen} query={query} />
        ) : (
          // Nothing chosen: the switch says what this width shows.
          <>
            <ViewSwitch current="month" query={query} className={NARROW_HIDDEN} />
            <ViewSwitch current="agenda" query={query} className={WIDE_HIDDEN} />
          </>
        )}
      </div>
      <form method="get" aria-label="Filter the calendar" className="grid gap-3 rounded-md border border-line bg-surface p-3 sm:grid-cols-[minmax(0,18rem)_minmax(0,18rem)_auto] sm:items-end sm:justify-start">
        {chosen ? <input type="hidden" name="view" value={chosen} /> : null}
        <input type="hidden" name="date" value={anchor} />
        <div>
          <label htmlFor="calendar-venue" className="mb-1 block text-sm font-medium text-ink">
            Venue
          </label>
          <Select id="calendar-venue" name="venue" defaultValue={venueId ?? ""} fieldSize="sm">
            <option value="">All venues</option>
            <Options of={venues} value={(v) => v.id} label={(v) => v.name} />
          </Select>
        </div>
        <div>
          <label htmlFor="calendar-program" className="mb-1 block text-sm font-medium text-ink">
            Programme area
          </label>
          <Select id="calendar-program" name="program" defaultValue={programId ?? ""} fieldSize="sm">
            <option value="">All areas</option>
            <Options of={programs} value={(p) => p.id} label={(p) => p.name} />
          </Select>
        </div>
        <Button type="submit" size="sm" variant="secondary">
          Show
        </Button>
      </form>
    </div>
  );
}

/**
 * The month (or week) as a grid. On a phone, where it shows only when chosen,
 * it shrinks to an overview: each day's number with a dot per event, the
 * events themselves in the list below it.
 */
function CalendarGrid({ title, weeks, view, month, today, byDay, zone, clashing, className }: { title: string; weeks: Day[][]; view: View; month: number; today: Day; byDay: Map<Day, CalendarEvent[]>; zone: string; clashing: Set<string>; className?: string }) {
  return (
    <div className={cn("overflow-x-auto rounded-md border border-line", className)} role="region" aria-label={title} tabIndex={0}>
      <table className="w-full table-fixed border-collapse text-sm min-[45rem]:min-w-[48rem]">
        <thead>
          <tr className="bg-surface">
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className="border-b border-line px-2 py-2 text-left text-xs font-semibold uppercase tracking-wider text-muted max-[45rem]:px-1 max-[45rem]:text-center">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const outside = view !== "week" && monthOf(day).month !== month;
                const items = byDay.get(day) ?? [];
                return (
                  <td key={day} className={cn("h-28 border-b border-r border-line p-1.5 align-top last:border-r-0 max-[45rem]:h-12 max-[45rem]:p-1 max-[45rem]:text-center", outside && "bg-surface/60", view === "week" && "min-[45rem]:h-64")}>
                    <p className={cn("mb-1 text-xs tabular-nums", day === today ? "inline-flex size-6 items-center justify-center rounded-full bg-ink font-semibold text-paper" : outside ? "text-subtle" : "text-muted")}>
                      {Number(day.slice(8))}
                    </p>
                    {items.length ? (
                      <>
                        <ul className="space-y-1 max-[45rem]:hidden">
                          {items.map((e) => (
                            <CalendarEntry key={e.id} e={e} zone={zone} clashing={clashing.has(e.id)} />
                          ))}
                        </ul>
                        <p className="flex justify-center gap-0.5 min-[45rem]:hidden">
                          {items.slice(0, 3).map((e) => (
                            <span key={e.id} aria-hidden="true" className={cn("size-1.5 rounded-full", e.status === "cancelled" ? "bg-danger" : e.status === "draft" ? "bg-line-strong" : "bg-accent")} />
                          ))}
                          <span className="sr-only">{items.length === 1 ? "1 event" : `${items.length} events`}</span>
                        </p>
                      </>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One event in its day: its time here, and there when the event keeps another zone. */
function CalendarEntry({ e, zone, clashing }: { e: CalendarEvent; zone: string; clashing: boolean }) {
  const ownZone = e.timeZone !== zone;
  return (
    <li>
      <Link
        href={`/staff/events/${e.id}`}
        className={cn(
          "block rounded border-l-2 px-1.5 py-1 text-xs leading-snug hover:bg-surface-sunken",
          e.status === "cancelled" ? "border-danger bg-danger-tint/50 line-through" : e.status === "draft" ? "border-line-strong bg-paper" : "border-accent bg-accent-tint/60",
        )}
      >
        <span className="font-semibold tabular-nums text-ink">{formatClock(e.startsAt, zone)}</span>{" "}
        <span className="text-ink">{e.title}</span>
        {ownZone ? (
          <span className="block text-muted">
            {formatClock(e.startsAt, e.timeZone)} {zoneAbbreviation(e.startsAt, e.timeZone)} there
          </span>
        ) : null}
        {clashing ? <span className="block font-medium text-warning">Clash — see the event</span> : null}
        {e.status === "draft" ? <span className="block text-muted">Draft</span> : null}
      </Link>
    </li>
  );
}
