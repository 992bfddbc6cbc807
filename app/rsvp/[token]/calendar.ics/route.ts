import { getDb } from "@/db";
import { findGuestByToken } from "@/lib/invitations/queries";
import { buildCalendar } from "@/lib/events/ical";

// "Add to calendar" for a guest who is coming: the same UID and SEQUENCE as
// the calendar file in their confirmation, so the two never make two entries.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const guest = await findGuestByToken(getDb(), token);
  if (!guest || guest.status !== "accepted" || guest.event.status !== "scheduled") {
    return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  const { event } = guest;
  const venue = event.venue ? [event.venue.name, event.venue.address, event.venue.city].filter(Boolean).join(", ") : null;
  const ics = buildCalendar({
    name: event.title,
    method: "publish",
    events: [
      {
        uid: `invitation-${guest.id}@convene`,
        sequence: event.calendarSequence,
        title: event.title,
        description: event.summary,
        location: venue,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timeZone: event.timeZone,
      },
    ],
  });
  return new Response(ics, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="${event.slug}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
