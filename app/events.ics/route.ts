import { getDb } from "@/db";
import { appUrl } from "@/lib/env";
import { buildCalendar } from "@/lib/events/ical";
import { listUpcomingPublicEvents } from "@/lib/events/queries";
import { getInstitute } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

// Upcoming public events as a calendar people can subscribe to. Only open
// events: nothing by invitation, never a guest.
export async function GET() {
  const db = getDb();
  const [institute, upcoming] = await Promise.all([getInstitute(db), listUpcomingPublicEvents(db, { limit: 200 })]);
  const body = buildCalendar({
    name: `${institute.name} events`,
    events: upcoming
      .filter((e) => e.visibility === "public")
      .map((e) => ({
        uid: `${e.id}@convene`,
        sequence: e.calendarSequence,
        title: e.title,
        description: e.summary,
        url: `${appUrl()}/events/${e.slug}`,
        location: [e.venueName, e.venueCity].filter(Boolean).join(", ") || null,
        startsAt: e.startsAt,
        endsAt: e.endsAt,
        timeZone: e.timeZone,
      })),
  });
  return new Response(body, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="events.ics"',
      "cache-control": "public, max-age=300",
    },
  });
}
