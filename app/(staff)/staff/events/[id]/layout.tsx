import Link from "next/link";
import { SectionTabs } from "@/components/staff/section-tabs";
import { Badge } from "@/components/ui";
import { requireStaff } from "@/lib/auth/session";
import { attributionLabel } from "@/lib/events/attribution";
import { formatLabel } from "@/lib/events/format";
import { formatEventWhen } from "@/lib/events/time";
import { hasSeating } from "@/lib/seating/seating-switch";
import { loadEvent, loadGuestCounts } from "./load";

export default async function EventLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  await requireStaff("viewer");
  const { id } = await params;
  const event = await loadEvent(id);
  const guests = await loadGuestCounts(event.id);
  const base = `/staff/events/${event.id}`;
  const tabs = [
    { href: base, label: "Overview", exact: true, also: [`${base}/edit`] },
    { href: `${base}/programme`, label: "Programme", count: event.speakers.length + event.agendaItems.length },
    { href: `${base}/guests`, label: "Guests", count: guests.total },
    ...(hasSeating(event) ? [{ href: `${base}/seating`, label: "Seating" }] : []),
    { href: `${base}/check-in`, label: "Check-in" },
    { href: `${base}/recap`, label: "Recap" },
    { href: `${base}/history`, label: "History" },
  ];
  return (
    <>
      <div className="mb-5">
        <Link href="/staff/events" className="text-sm text-muted underline-offset-4 hover:text-ink hover:underline">
          ← Events
        </Link>
        <div className="mt-3 flex flex-wrap items-center gap-2 text-xs">
          <span className="font-semibold uppercase tracking-[0.14em] text-accent">{formatLabel(event.format)}</span>
          {event.status === "draft" ? <Badge variant="neutral">Draft</Badge> : null}
          {event.status === "cancelled" ? <Badge variant="danger">Cancelled</Badge> : null}
          {event.attribution !== "on_record" ? <Badge variant="accent">{attributionLabel(event.attribution)}</Badge> : null}
          {event.visibility === "internal" ? <Badge variant="outline">Internal</Badge> : null}
          {event.visibility === "invitation_only" ? <Badge variant="outline">By invitation</Badge> : null}
        </div>
        <h1 className="mt-2 text-2xl font-semibold tracking-tight text-ink">{event.title}</h1>
        <p className="mt-1 text-sm text-muted">
          {formatEventWhen(event.startsAt, event.endsAt, event.timeZone)}
          {event.venue ? ` · ${event.venue.name}, ${event.venue.city}` : ""}
        </p>
      </div>
      <SectionTabs label="Event sections" items={tabs} />
      <div className="pt-6">{children}</div>
    </>
  );
}
