import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/staff/page-header";
import { Button, cn, Options } from "@/components/ui";
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

export default async function CalendarPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requireStaff("viewer");
  const params = await searchParams;
  const zone = (await viewerTimeZone()) ?? "UTC";
  const view = one(params.view) === "week" ? "week" : "month";
  const today = dayIn(new Date(), zone);
  const anchor = isDay(one(params.date) ?? "") ? (one(params.date) as Day) : today;
  const venueId = parseId(one(params.venue)) ?? undefined;
  const programId = parseId(one(params.program)) ?? undefined;

  const { year, month } = monthOf(anchor);
  const weeks = view === "month" ? monthGrid(year, month) : [weekDays(anchor)];
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

  const query = (over: Record<string, string | undefined>) => {
    const q = new URLSearchParams();
    const merged = { view, date: anchor, venue: venueId, program: programId, ...over };
    for (const [k, v] of Object.entries(merged)) if (v) q.set(k, v);
    return `/staff/calendar?${q}`;
  };
  const previous = view === "month" ? shiftMonth(anchor, -1) : addDays(startOfWeek(anchor), -7);
  const next = view === "month" ? shiftMonth(anchor, 1) : addDays(startOfWeek(anchor), 7);
  const title = view === "month" ? `${MONTHS[month - 1]} ${year}` : `Week of ${Number(first.slice(8))} ${MONTHS[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}`;

  return (
    <>
      <PageHeader title="Calendar" description={`Times in your zone (${zone.replace(/_/g, " ")}); each event’s own time is noted where it differs.`} />
      <CalendarNav title={title} view={view} anchor={anchor} today={today} previous={previous} next={next} venueId={venueId} programId={programId} venues={venues} programs={programs} query={query} />

      <CalendarGrid title={title} weeks={weeks} view={view} month={month} today={today} byDay={byDay} zone={zone} clashing={clashing} />
    </>
  );
}

type CalendarEvent = Awaited<ReturnType<typeof listEventsForCalendar>>[number];
type View = "month" | "week";

/** Back, forward, today; and which events to show. */
function CalendarNav({
  title,
  view,
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
  return (
    <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-center lg:justify-between">
      <div className="flex items-center gap-2">
        <Button asChild variant="secondary" size="sm">
          <Link href={query({ date: previous })} aria-label={view === "month" ? "Previous month" : "Previous week"}>←</Link>
        </Button>
        <h2 className="min-w-48 text-center text-lg font-semibold text-ink" aria-live="polite">
          {title}
        </h2>
        <Button asChild variant="secondary" size="sm">
          <Link href={query({ date: next })} aria-label={view === "month" ? "Next month" : "Next week"}>→</Link>
        </Button>
        <Button asChild variant="ghost" size="sm">
          <Link href={query({ date: today })}>Today</Link>
        </Button>
      </div>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="date" value={anchor} />
        <label className="text-sm text-ink">
          <span className="mb-1 block text-xs font-medium text-muted">View</span>
          <select name="view" defaultValue={view} className="min-h-9 rounded-md border border-line-strong bg-paper px-2 text-sm">
            <option value="month">Month</option>
            <option value="week">Week</option>
          </select>
        </label>
        <label className="text-sm text-ink">
          <span className="mb-1 block text-xs font-medium text-muted">Venue</span>
          <select name="venue" defaultValue={venueId ?? ""} className="min-h-9 max-w-56 rounded-md border border-line-strong bg-paper px-2 text-sm">
            <option value="">All venues</option>
            <Options of={venues} value={(v) => v.id} label={(v) => v.name} />
          </select>
        </label>
        <label className="text-sm text-ink">
          <span className="mb-1 block text-xs font-medium text-muted">Programme area</span>
          <select name="program" defaultValue={programId ?? ""} className="min-h-9 max-w-56 rounded-md border border-line-strong bg-paper px-2 text-sm">
            <option value="">All areas</option>
            <Options of={programs} value={(p) => p.id} label={(p) => p.name} />
          </select>
        </label>
        <Button type="submit" size="sm" variant="secondary">
          Show
        </Button>
      </form>
    </div>
  );
}

function CalendarGrid({ title, weeks, view, month, today, byDay, zone, clashing }: { title: string; weeks: Day[][]; view: View; month: number; today: Day; byDay: Map<Day, CalendarEvent[]>; zone: string; clashing: Set<string> }) {
  return (
    <div className="overflow-x-auto rounded-md border border-line" role="region" aria-label={title} tabIndex={0}>
      <table className="w-full min-w-[48rem] table-fixed border-collapse text-sm">
        <thead>
          <tr className="bg-surface">
            {WEEKDAYS.map((d) => (
              <th key={d} scope="col" className="border-b border-line px-2 py-2 text-left text-xs font-semibold uppercase tracking-wider text-muted">
                {d}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const outside = view === "month" && monthOf(day).month !== month;
                const items = byDay.get(day) ?? [];
                return (
                  <td key={day} className={cn("h-28 border-b border-r border-line p-1.5 align-top last:border-r-0", outside && "bg-surface/60", view === "week" && "h-64")}>
                    <p className={cn("mb-1 text-xs tabular-nums", day === today ? "inline-flex size-6 items-center justify-center rounded-full bg-ink font-semibold text-paper" : outside ? "text-subtle" : "text-muted")}>
                      {Number(day.slice(8))}
                    </p>
                    <ul className="space-y-1">
                      {items.map((e) => (
                        <CalendarEntry key={e.id} e={e} zone={zone} clashing={clashing.has(e.id)} />
                      ))}
                    </ul>
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
