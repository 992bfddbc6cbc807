import type { Metadata } from "next";
import { EventTable } from "@/components/staff/event-table";
import { PageHeader } from "@/components/staff/page-header";
import { EmptyState, StatusBadge } from "@/components/ui";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import Link from "next/link";
import { listOpenConflicts } from "@/lib/events/conflict-queries";
import { listDraftEvents, listEventsBetween, listLatestResponses } from "@/lib/events/staff-queries";
import { listEventsAwaitingRecap, listRecapsAwaitingReview } from "@/lib/recaps/queries";
import { personName } from "@/lib/people/display-name";
import { formatLongDate } from "@/lib/events/time";
import { hasRole } from "@/lib/auth/roles";
import { listStrandedWaitlists } from "@/lib/invitations/stranded";
import { overdueEmails } from "@/lib/email/queries";
import { OverdueEmailNotice } from "@/components/staff/overdue-email-notice";
import { ActionForm } from "@/components/staff/action-form";
import { moveWaitlistsUp } from "./actions";

export const metadata: Metadata = { title: "Dashboard" };

/** A list on the dashboard under its heading, or a line saying there is nothing in it. */
function Panel<T>({ id, title, items, empty, listClassName, children }: { id: string; title: string; items: readonly T[]; empty: string; listClassName: string; children: (item: T, index: number) => React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="min-w-0 space-y-3">
      <h2 id={id} className="text-lg font-semibold text-ink">
        {title}
      </h2>
      {items.length ? <ul className={listClassName}>{items.map(children)}</ul> : <p className="text-sm text-muted">{empty}</p>}
    </section>
  );
}

/** What "Move the waitlists up now" did, said once on the dashboard it returns to. */
function movedLine(moved: string | string[] | undefined): string | null {
  const n = typeof moved === "string" && /^\d{1,4}$/.test(moved) ? Number(moved) : null;
  if (n === null) return null;
  if (n === 0) return "Nobody needed moving up: every waitlist had already moved.";
  return n === 1 ? "1 waiting guest was given a place and emailed." : `${n} waiting guests were given places and emailed.`;
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("viewer");
  const moved = movedLine((await searchParams).moved);
  const db = getDb();
  const now = new Date();
  const [overdue, stranded, soon, drafts, conflicts, noRecap, inReview, responses] = await Promise.all([
    overdueEmails(db, now),
    listStrandedWaitlists(db, now),
    listEventsBetween(db, new Date(now.getTime() - 12 * 3_600_000), new Date(now.getTime() + 14 * 86_400_000)),
    listDraftEvents(db),
    listOpenConflicts(db, now),
    listEventsAwaitingRecap(db, now),
    listRecapsAwaitingReview(db),
    listLatestResponses(db),
  ]);
  return (
    <>
      <PageHeader title="Dashboard" description="What is coming up in the next two weeks, and what is still in draft." />
      {moved ? (
        <p role="status" className="mb-6 rounded-md border border-success/40 bg-success-tint/40 px-4 py-3 text-sm text-ink">
          {moved}
        </p>
      ) : null}
      {overdue.since ? <OverdueEmailNotice count={overdue.count} since={overdue.since} now={now} /> : null}
      {stranded.length ? <StrandedWaitlists stranded={stranded} canMove={hasRole(staff.role, "editor")} /> : null}
      <section aria-labelledby="soon-heading" className="space-y-3">
        <h2 id="soon-heading" className="text-lg font-semibold text-ink">
          This week and next
        </h2>
        {soon.length ? <EventTable rows={soon} label="Events this week and next" showReaderTime /> : <EmptyState title="Nothing in the next two weeks" description="Events you schedule appear here." />}
      </section>
      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <RecapsAwaitingReview inReview={inReview} />
        <EventsAwaitingRecap noRecap={noRecap} />
      </div>
      <div className="mt-10 grid gap-8 lg:grid-cols-2">
        <OpenConflicts conflicts={conflicts} />
        <LatestResponses responses={responses} />
      </div>
      <section aria-labelledby="drafts-heading" className="mt-10 space-y-3">
        <h2 id="drafts-heading" className="text-lg font-semibold text-ink">
          Drafts
        </h2>
        {drafts.length ? <EventTable rows={drafts} label="Draft events" showReaderTime /> : <EmptyState title="No drafts" description="Events not yet scheduled appear here." />}
      </section>
    </>
  );
}

function RecapsAwaitingReview({ inReview }: { inReview: Awaited<ReturnType<typeof listRecapsAwaitingReview>> }) {
  return (
    <Panel id="review-heading" title="Recaps awaiting review" items={inReview} empty="Nothing is waiting for review." listClassName="divide-y divide-line rounded-md border border-warning/40 bg-warning-tint/30">
      {(r) => (
        <li key={r.eventId} className="px-3 py-2 text-sm">
          <Link href={`/staff/events/${r.eventId}/recap`} className="font-medium text-ink underline-offset-4 hover:underline">
            {r.recapTitle?.trim() || r.eventTitle}
          </Link>
          <span className="block text-xs text-muted">
            {formatLongDate(r.startsAt, r.timeZone)}
            {r.submittedByName ? ` · submitted by ${r.submittedByName}` : ""}
          </span>
        </li>
      )}
    </Panel>
  );
}

function EventsAwaitingRecap({ noRecap }: { noRecap: Awaited<ReturnType<typeof listEventsAwaitingRecap>> }) {
  return (
    <Panel id="recap-heading" title="Events awaiting a recap" items={noRecap} empty="Every recent event has its recap." listClassName="divide-y divide-line rounded-md border border-line">
      {(e) => (
        <li key={e.id} className="flex items-start justify-between gap-3 px-3 py-2 text-sm">
          <span className="min-w-0">
            <Link href={`/staff/events/${e.id}/recap`} className="font-medium text-ink underline-offset-4 hover:underline">
              {e.title}
            </Link>
            <span className="block text-xs text-muted">{formatLongDate(e.startsAt, e.timeZone)}</span>
          </span>
          <span className="shrink-0 text-xs text-muted">{e.draftStarted ? "Draft started" : "Not started"}</span>
        </li>
      )}
    </Panel>
  );
}

function OpenConflicts({ conflicts }: { conflicts: Awaited<ReturnType<typeof listOpenConflicts>> }) {
  return (
    <Panel id="conflicts-heading" title="Open conflicts" items={conflicts} empty="No clashes of venue or speaker." listClassName="divide-y divide-line rounded-md border border-warning/40 bg-warning-tint/40">
      {(c, i) => (
        <li key={i} className="px-3 py-2 text-sm text-ink">
          <Link href={`/staff/events/${c.a.id}`} className="font-medium underline underline-offset-4">{c.a.title}</Link> and{" "}
          <Link href={`/staff/events/${c.b.id}`} className="font-medium underline underline-offset-4">{c.b.title}</Link>{" "}
          <span className="text-muted">{c.kind === "venue" ? "share a venue at the same time" : "share a speaker at the same time"}</span>
        </li>
      )}
    </Panel>
  );
}

function LatestResponses({ responses }: { responses: Awaited<ReturnType<typeof listLatestResponses>> }) {
  return (
    <Panel id="responses-heading" title="Latest responses" items={responses} empty="No answers yet." listClassName="divide-y divide-line rounded-md border border-line">
      {(r, i) => (
        <li key={i} className="flex items-start justify-between gap-2 px-3 py-2 text-sm">
          <span className="min-w-0">
            <span className="block font-medium text-ink">{personName(r)}</span>
            <Link href={`/staff/events/${r.eventId}`} className="block truncate text-xs text-muted underline-offset-4 hover:underline">{r.eventTitle}</Link>
          </span>
          <StatusBadge status={r.status} />
        </li>
      )}
    </Panel>
  );
}

/**
 * Should never show: guests wait while the first in line fits a free seat.
 * The server moves such a line up within a minute; staff see it meanwhile.
 */
function StrandedWaitlists({ stranded, canMove }: { stranded: Awaited<ReturnType<typeof listStrandedWaitlists>>; canMove: boolean }) {
  return (
    <section aria-labelledby="stranded-heading" className="mb-8 space-y-3 rounded-md border border-warning/50 border-l-4 border-l-warning bg-warning-tint/40 p-4">
      <h2 id="stranded-heading" className="font-semibold text-ink">
        Guests are waiting while a seat is free
      </h2>
      <p className="text-sm text-muted">
        The first in line fits the seats left, yet is still on the waitlist. Convene moves such a line up within a minute, in order, and emails each guest given a place. Each event below opens on its guest list.
      </p>
      <ul className="space-y-1 text-sm">
        {stranded.map((e) => (
          <li key={e.id}>
            <Link href={`/staff/events/${e.id}/guests`} className="font-medium text-ink underline underline-offset-4">
              {e.title}
            </Link>
            <span className="text-muted"> · {formatLongDate(e.startsAt, e.timeZone)}</span>
          </li>
        ))}
      </ul>
      {canMove ? <ActionForm action={moveWaitlistsUp} fields={{}} label="Move the waitlists up now" pendingLabel="Moving…" variant="secondary" /> : null}
    </section>
  );
}
