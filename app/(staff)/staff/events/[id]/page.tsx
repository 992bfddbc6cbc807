import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { attributionExplanation } from "@/lib/events/attribution";
import { joinNames } from "@/lib/events/cohost-sentence";
import { findConflictsFor } from "@/lib/events/conflict-queries";
import { formatEventWhen, formatLongDate, formatClock, hasEnded, zoneAbbreviation } from "@/lib/events/time";
import { GuestCountStrip } from "@/components/guests/guest-counts";
import { EventActions } from "./event-actions";
import { loadEvent, loadGuestCounts } from "./load";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: (await loadEvent(id)).title };
}

const VISIBILITY = { public: "Public: listed on the website", invitation_only: "By invitation: page visible, no registration", internal: "Internal: staff only" } as const;

export default async function EventOverviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const staff = await requireStaff("viewer");
  const { id } = await params;
  const { saved } = await searchParams;
  const event = await loadEvent(id);
  const [conflicts, counts] = await Promise.all([event.status === "cancelled" ? [] : findConflictsFor(getDb(), event.id), loadGuestCounts(event.id)]);
  const openInvitations = counts.noAnswer + counts.accepted + counts.waitlisted + counts.delegatePending;
  const canEdit = hasRole(staff.role, "editor") && event.status !== "cancelled";
  const publicPage = event.status !== "draft" && event.visibility !== "internal";
  const facts: [string, React.ReactNode][] = [
    ["When", formatEventWhen(event.startsAt, event.endsAt, event.timeZone)],
    ["Where", event.venue ? `${event.venue.name}, ${event.venue.city} (${event.timeZone.replace(/_/g, " ")})` : `No venue (${event.timeZone.replace(/_/g, " ")})`],
    ["Who can see it", VISIBILITY[event.visibility]],
    ["Attribution", attributionExplanation(event.attribution)],
    ["Capacity", event.capacity ? `${event.capacity} places${event.waitlistEnabled ? ", then a waitlist" : ""}` : "No limit"],
    ["Reply by", event.rsvpDeadline ? `${formatLongDate(event.rsvpDeadline, event.timeZone)}, ${formatClock(event.rsvpDeadline, event.timeZone)} ${zoneAbbreviation(event.rsvpDeadline, event.timeZone)}` : "No deadline"],
    ["Co-hosts", event.cohosts.length ? joinNames(event.cohosts.map((c) => c.organization.name)) : "None"],
    ["Guests are asked", [event.plusOnesAllowed && "plus-one", event.askDietary && "dietary needs", event.askAccessibility && "accessibility needs"].filter(Boolean).join(", ") || "Nothing more"],
    ["Programme area", event.program?.name ?? "None"],
  ];
  return (
    <div className="space-y-6">
      {saved ? (
        <p role="status" className="rounded-md bg-success-tint px-4 py-3 text-sm text-success">
          Saved.
        </p>
      ) : null}
      {conflicts.length > 0 ? (
        <section role="alert" aria-labelledby="conflicts-heading" className="rounded-md border border-warning/40 bg-warning-tint px-4 py-3">
          <h2 id="conflicts-heading" className="text-sm font-semibold text-warning">
            This event clashes with {conflicts.length === 1 ? "another event" : `${conflicts.length} bookings`}
          </h2>
          <ul className="mt-1 list-disc pl-5 text-sm text-ink">
            {conflicts.map((c) => (
              <li key={`${c.kind}-${c.eventId}-${c.kind === "speaker" ? c.personId : ""}`}>
                <Link href={`/staff/events/${c.eventId}`} className="font-medium underline underline-offset-4">
                  {c.eventTitle}
                </Link>{" "}
                {c.kind === "venue" ? "is at the same venue at the same time." : `also has ${c.personName ?? "a speaker of this event"} speaking at the same time.`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap gap-2">
          {canEdit ? (
            <Button asChild variant="primary" size="sm">
              <Link href={`/staff/events/${event.id}/edit`}>Edit details</Link>
            </Button>
          ) : null}
          {publicPage ? (
            <Button asChild variant="secondary" size="sm">
              <Link href={`/events/${event.slug}`}>View public page</Link>
            </Button>
          ) : null}
        </div>
        {hasRole(staff.role, "editor") ? <EventActions eventId={event.id} title={event.title} status={event.status} guestsToTell={!hasEnded(event.endsAt) ? openInvitations : 0} /> : null}
      </div>
      {counts.total > 0 ? (
        <Link href={`/staff/events/${event.id}/guests`} className="block rounded-md focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-accent" aria-label="Guest numbers: open the guest list">
          <GuestCountStrip counts={counts} capacity={event.capacity} />
        </Link>
      ) : null}
      <dl className="grid gap-x-8 gap-y-4 rounded-md border border-line p-5 sm:grid-cols-2">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt className="text-xs font-semibold uppercase tracking-[0.12em] text-muted">{label}</dt>
            <dd className="mt-1 text-sm text-ink">{value}</dd>
          </div>
        ))}
      </dl>
      {event.summary ? <p className="max-w-3xl text-sm leading-relaxed text-ink">{event.summary}</p> : null}
    </div>
  );
}
