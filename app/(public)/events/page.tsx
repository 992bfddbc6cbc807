import type { Metadata } from "next";
import { EventListItem } from "@/components/events/event-list-item";
import { getDb } from "@/db";
import { listPastPublicEvents, listUpcomingPublicEvents } from "@/lib/events/queries";
import { getInstituteCached } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const institute = await getInstituteCached(getDb());
  return { title: `All events — ${institute.name}` };
}

export default async function EventsPage() {
  const db = getDb();
  const [upcoming, past] = await Promise.all([listUpcomingPublicEvents(db, { limit: 50 }), listPastPublicEvents(db, { limit: 30 })]);
  return (
    <div className="mx-auto max-w-6xl px-5 sm:px-8">
      <h1 className="pt-12 font-serif text-4xl text-ink">All events</h1>
      <section aria-labelledby="upcoming-heading" className="pt-10">
        <h2 id="upcoming-heading" className="border-b border-ink pb-3 font-serif text-2xl text-ink">
          Upcoming
        </h2>
        {upcoming.length ? upcoming.map((e) => <EventListItem key={e.id} event={e} />) : <p className="py-8 text-muted">Nothing is scheduled yet.</p>}
      </section>
      <section aria-labelledby="past-heading" className="pt-14">
        <h2 id="past-heading" className="border-b border-ink pb-3 font-serif text-2xl text-ink">
          Past events
        </h2>
        {past.length ? past.map((e) => <EventListItem key={e.id} event={e} />) : <p className="py-8 text-muted">No past events yet.</p>}
      </section>
    </div>
  );
}
