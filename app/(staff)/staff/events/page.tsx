import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/staff/page-header";
import { Badge, Button, EmptyState, Table, TBody, TD, TH, THead, TR, cn } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { formatLabel } from "@/lib/events/format";
import { listEventsForStaff, type EventListFilter } from "@/lib/events/staff-queries";
import { formatEventWhen } from "@/lib/events/time";

export const metadata: Metadata = { title: "Events" };

const FILTERS: { id: EventListFilter; label: string }[] = [
  { id: "upcoming", label: "Upcoming" },
  { id: "past", label: "Past" },
  { id: "drafts", label: "Drafts" },
  { id: "cancelled", label: "Cancelled" },
];

export default async function EventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("viewer");
  const params = await searchParams;
  const filter = FILTERS.find((f) => f.id === params.filter)?.id ?? "upcoming";
  const q = typeof params.q === "string" ? params.q.slice(0, 100) : "";
  const rows = await listEventsForStaff(getDb(), { filter, q });
  return (
    <>
      <PageHeader
        title="Events"
        description="Every event, in its own time zone."
        actions={
          hasRole(staff.role, "editor") ? (
            <Button asChild variant="primary">
              <Link href="/staff/events/new">New event</Link>
            </Button>
          ) : null
        }
      />
      {params.deleted ? (
        <p role="status" className="mb-4 rounded-md bg-success-tint px-3 py-2 text-sm text-success">
          The draft was deleted.
        </p>
      ) : null}
      <div className="mb-5 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
        <nav aria-label="Show" className="flex flex-wrap gap-2">
          {FILTERS.map((f) => (
            <Link
              key={f.id}
              href={`/staff/events?filter=${f.id}${q ? `&q=${encodeURIComponent(q)}` : ""}`}
              aria-current={f.id === filter ? "page" : undefined}
              className={cn(
                "inline-flex min-h-8 items-center rounded-full border px-3 text-sm",
                f.id === filter ? "border-ink bg-ink text-paper" : "border-line bg-paper text-ink hover:border-line-strong",
              )}
            >
              {f.label}
            </Link>
          ))}
        </nav>
        <form method="get" className="flex gap-2" role="search">
          <input type="hidden" name="filter" value={filter} />
          <label htmlFor="event-search" className="sr-only">
            Search events by title
          </label>
          <input
            id="event-search"
            name="q"
            defaultValue={q}
            placeholder="Search by title"
            className="min-h-9 w-full rounded-md border border-line-strong bg-paper px-3 text-sm sm:w-64"
          />
          <Button type="submit" size="sm" variant="secondary">
            Search
          </Button>
        </form>
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No events here" description={q ? "Nothing matches that title." : "Create an event to start planning."} />
      ) : (
        <Table label="Events" stickyHeader>
          <THead>
            <TR>
              <TH>Event</TH>
              <TH>When (event’s own time)</TH>
              <TH>Venue</TH>
              <TH align="right">Accepted</TH>
            </TR>
          </THead>
          <TBody>
            {rows.map((e) => (
              <TR key={e.id}>
                <TD>
                  <Link href={`/staff/events/${e.id}`} className="font-medium text-ink underline-offset-4 hover:underline">
                    {e.title}
                  </Link>
                  <span className="mt-0.5 flex flex-wrap items-center gap-1.5 text-xs text-muted">
                    {formatLabel(e.format)}
                    {e.status === "draft" ? <Badge variant="neutral">Draft</Badge> : null}
                    {e.status === "cancelled" ? <Badge variant="danger">Cancelled</Badge> : null}
                    {e.attribution === "chatham_house" ? <Badge variant="accent">Chatham House</Badge> : null}
                    {e.visibility === "internal" ? <Badge variant="outline">Internal</Badge> : null}
                  </span>
                </TD>
                <TD className="whitespace-nowrap text-sm">{formatEventWhen(e.startsAt, e.endsAt, e.timeZone)}</TD>
                <TD className="text-sm text-muted">{e.venueName ?? "—"}</TD>
                <TD align="right" className="tabular-nums">
                  {e.accepted}
                  {e.capacity ? <span className="text-muted"> / {e.capacity}</span> : null}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
