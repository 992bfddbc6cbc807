import Link from "next/link";
import { formatEventWhen } from "@/lib/events/time";
import { EventBadges } from "./event-badges";
import { coverPictureOf, EventPicture } from "./event-cover";
import type { EventListItemData } from "./event-list-item";

// An upcoming event as a card: its picture (cover photo, or the cover drawn
// from its format, date and title), then what it is, when and where.

export function EventCard({ event }: { event: EventListItemData }) {
  const place = [event.venueName, event.venueCity].filter(Boolean).join(", ");
  return (
    <article className="group relative flex flex-col">
      <EventPicture event={event} picture={coverPictureOf(event)} sizes="(min-width: 1024px) 352px, (min-width: 640px) 50vw, 100vw" />
      <div className="mt-4 flex-1">
        <EventBadges id={`card-${event.id}`} format={event.format} attribution={event.attribution} visibility={event.visibility} status={event.status} />
        <h3 className="mt-2 font-serif text-xl leading-snug text-ink">
          <Link href={`/events/${event.slug}`} className="decoration-accent/60 underline-offset-4 hover:underline">
            {event.title}
          </Link>
        </h3>
        <p className="mt-2 text-sm text-ink">{formatEventWhen(event.startsAt, event.endsAt, event.timeZone)}</p>
        {place ? <p className="text-sm text-muted">{place}</p> : null}
      </div>
    </article>
  );
}

/** Cards in columns: one on a phone, two on a tablet, three on a desk. */
export function EventCardGrid({ events, label }: { events: EventListItemData[]; label?: string }) {
  return (
    <ul aria-label={label} className="grid gap-x-8 gap-y-12 pt-8 sm:grid-cols-2 lg:grid-cols-3">
      {events.map((e) => (
        <li key={e.id} className="flex">
          <EventCard event={e} />
        </li>
      ))}
    </ul>
  );
}
