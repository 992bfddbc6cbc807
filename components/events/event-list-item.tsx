import Link from "next/link";
import { cohostLine } from "@/lib/events/cohost-sentence";
import type { Attribution } from "@/lib/events/attribution";
import type { EventFormat } from "@/lib/events/format";
import { formatEventWhen } from "@/lib/events/time";
import { DateTile } from "./date-tile";
import { EventBadges } from "./event-badges";
import { listPicture } from "@/lib/events/cover";
import { coverPictureOf, EventPicture } from "./event-cover";

export type EventListItemData = {
  id: string;
  slug: string;
  title: string;
  subtitle: string | null;
  summary: string | null;
  format: EventFormat;
  status: "draft" | "scheduled" | "cancelled";
  visibility: "public" | "invitation_only" | "internal";
  attribution: Attribution;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueName: string | null;
  venueCity: string | null;
  cohosts: string[];
  coverAssetId: string | null;
  coverAlt: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
};

/** A published recap, shown under a past event in lists; `version` is its publication (lib/recaps/photo-urls.ts). */
export type EventListRecap = { excerpt: string; lead: { assetId: string; alt: string; width: number | null; height: number | null; version: string } | null };

export function EventListItem({ event, recap }: { event: EventListItemData; recap?: EventListRecap | null }) {
  const cohosts = cohostLine(event.cohosts);
  const place = [event.venueName, event.venueCity].filter(Boolean).join(", ");
  const picture = listPicture(recap?.lead ?? null, coverPictureOf(event));
  return (
    <article className="group relative flex gap-5 border-t border-line py-8 first:border-t-0 sm:gap-8">
      <DateTile startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
      <div className="min-w-0 flex-1">
        <EventBadges
          id={`event-${event.id}`}
          format={event.format}
          attribution={event.attribution}
          visibility={event.visibility}
          status={event.status}
        />
        <h3 className="mt-2 font-serif text-xl leading-snug text-ink sm:text-2xl">
          <Link href={`/events/${event.slug}`} className="decoration-accent/60 underline-offset-4 hover:underline">
            {event.title}
          </Link>
        </h3>
        {event.subtitle ? <p className="mt-1 text-base text-muted">{event.subtitle}</p> : null}
        <p className="mt-3 text-sm text-ink">{formatEventWhen(event.startsAt, event.endsAt, event.timeZone)}</p>
        {place ? <p className="text-sm text-muted">{place}</p> : null}
        {cohosts ? <p className="mt-2 text-sm italic text-muted">{cohosts}</p> : null}
        {recap ? (
          <div className="mt-4 max-w-2xl border-l-2 border-accent/40 pl-4">
            <p className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">Recap</p>
            {recap.excerpt ? <p className="mt-1 text-sm leading-relaxed text-ink">{recap.excerpt}</p> : null}
          </div>
        ) : null}
      </div>
      {/* The recap's lead photo, else the cover; a recap without either is drawn. Beside the text from a tablet up. */}
      {picture || recap ? <EventPicture event={event} picture={picture} sizes="176px" variant="compact" className="hidden w-44 shrink-0 self-start md:flex" /> : null}
    </article>
  );
}
