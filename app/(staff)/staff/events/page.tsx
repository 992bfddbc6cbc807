import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/staff/page-header";
import { EventTable } from "@/components/staff/event-table";
import { SearchForm } from "@/components/staff/search-form";
import { Button, EmptyState, cn } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listEventsForStaff, type EventListFilter } from "@/lib/events/staff-queries";

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
        <SearchForm
          id="event-search"
          name="q"
          value={q}
          label="Search events by title"
          placeholder="Search by title"
          button="Search"
          hidden={{ filter }}
          inputClassName="w-full sm:w-64"
        />
      </div>
      {rows.length === 0 ? (
        <EmptyState title="No events here" description={q ? "Nothing matches that title." : "Create an event to start planning."} />
      ) : (
        <EventTable rows={rows} label="Events" stickyHeader />
      )}
    </>
  );
}
