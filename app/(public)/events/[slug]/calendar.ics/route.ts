import { getDb } from "@/db";
import { appUrl } from "@/lib/env";
import { buildCalendar } from "@/lib/events/ical";
import { getPublicEvent } from "@/lib/events/queries";
import { isValidSlug } from "@/lib/events/slug";
import { getInstituteCached } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

const notFound = () => new Response("No such event.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

// One public event as a calendar file ("Add to calendar" → "Apple, Outlook
// desktop, others"). Same uid and sequence as the subscription feed
// (app/events.ics), so a calendar that holds both keeps one copy and takes later changes.
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  if (!isValidSlug(slug)) return notFound();
  const db = getDb();
  const [event, institute] = await Promise.all([getPublicEvent(db, slug), getInstituteCached(db)]);
  if (!event) return notFound();
  const body = buildCalendar({
    name: `${institute.name} events`,
    events: [
      {
        uid: `${event.id}@convene`,
        sequence: event.calendarSequence,
        title: event.title,
        description: event.summary,
        url: `${appUrl()}/events/${event.slug}`,
        location: event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(", ") : null,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timeZone: event.timeZone,
        cancelled: event.status === "cancelled",
      },
    ],
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}.ics"`,
      "cache-control": "public, max-age=300",
    },
  });
}
