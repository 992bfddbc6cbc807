import type { Metadata } from "next";
import Link from "next/link";
import { EventCardGrid } from "@/components/events/event-card";
import { coverPictureOf, EventPicture } from "@/components/events/event-cover";
import { getDb } from "@/db";
import { listRecentRecaps, listUpcomingPublicEvents } from "@/lib/events/queries";
import { formatLongDate } from "@/lib/events/time";
import { formatLabel } from "@/lib/events/format";
import { siteSocialMetadata } from "@/lib/events/public-metadata";
import { excerpt } from "@/lib/recaps/excerpt";
import { publicationVersion } from "@/lib/recaps/photo-urls";
import { getInstituteCached } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const institute = await getInstituteCached(getDb());
  return siteSocialMetadata({
    title: `Events — ${institute.name}`,
    description: `Upcoming policy forums, roundtables and symposia at the ${institute.name}, and recaps of past events.`,
    path: "/",
    siteName: institute.name,
  });
}

export default async function HomePage() {
  const db = getDb();
  const [institute, upcoming, recaps] = await Promise.all([
    getInstituteCached(db),
    listUpcomingPublicEvents(db, { limit: 12 }),
    listRecentRecaps(db, { limit: 3 }),
  ]);

  return (
    <>
      <section className="border-b border-line bg-surface">
        <div className="mx-auto max-w-6xl px-5 py-14 sm:px-8 sm:py-20">
          <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">{institute.name}</p>
          <h1 className="mt-3 max-w-3xl font-serif text-4xl leading-tight text-ink sm:text-5xl">Events</h1>
          <p className="mt-4 max-w-2xl text-lg leading-relaxed text-muted">
            Policy forums, roundtables and symposia that bring together governments, the United Nations, civil
            society and researchers.
          </p>
        </div>
      </section>

      <div className="mx-auto max-w-6xl px-5 sm:px-8">
        <section aria-labelledby="upcoming-heading" className="pt-12">
          <div className="flex items-baseline justify-between gap-4 border-b border-ink pb-3">
            <h2 id="upcoming-heading" className="font-serif text-2xl text-ink">
              Upcoming
            </h2>
            <Link href="/events" className="text-sm font-medium text-accent underline-offset-4 hover:underline">
              All events
            </Link>
          </div>
          {upcoming.length === 0 ? (
            <p className="py-10 text-muted">No events are scheduled at the moment. Recaps of past events are below.</p>
          ) : (
            <EventCardGrid events={upcoming} />
          )}
        </section>

        {recaps.length > 0 ? (
          <section aria-labelledby="recaps-heading" className="pt-16">
            <div className="border-b border-ink pb-3">
              <h2 id="recaps-heading" className="font-serif text-2xl text-ink">
                Recent recaps
              </h2>
            </div>
            <ul className="grid gap-8 pt-8 md:grid-cols-3">
              {recaps.map((recap) => (
                <li key={recap.slug} className="flex flex-col">
                  <EventPicture
                    event={{ ...recap, title: recap.eventTitle }}
                    picture={
                      recap.leadAssetId && recap.publishedAt
                        ? { assetId: recap.leadAssetId, alt: recap.leadAlt ?? "", width: recap.leadWidth, height: recap.leadHeight, version: publicationVersion(recap.publishedAt) }
                        : coverPictureOf(recap)
                    }
                    sizes="(min-width: 768px) 352px, 100vw"
                    className="mb-4 w-full"
                  />
                  <p className="text-xs font-semibold uppercase tracking-[0.16em] text-accent">
                    {formatLabel(recap.format)} · {formatLongDate(recap.startsAt, recap.timeZone).replace(/^\w+ /, "")}
                  </p>
                  <h3 className="mt-2 font-serif text-xl leading-snug text-ink">
                    <Link href={`/events/${recap.slug}`} className="underline-offset-4 hover:underline">
                      {recap.title ?? recap.eventTitle}
                    </Link>
                  </h3>
                  <p className="mt-2 text-sm leading-relaxed text-muted">{excerpt(recap.body)}</p>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </>
  );
}
