import type { Metadata } from "next";
import Link from "next/link";
import { EventCardGrid } from "@/components/events/event-card";
import { EventListItem, type EventListRecap } from "@/components/events/event-list-item";
// One file each, not the ui barrel: the barrel's client components would ship with this page.
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Options, Select } from "@/components/ui/select";
import { getDb } from "@/db";
import { archiveFilterOptions, searchArchive, type ArchiveEvent } from "@/lib/events/archive-queries";
import { archiveHref, hasFilters, parseArchiveFilter, type ArchiveFilter } from "@/lib/events/archive-schema";
import { EVENT_FORMATS, formatLabel } from "@/lib/events/format";
import { siteSocialMetadata } from "@/lib/events/public-metadata";
import { excerpt } from "@/lib/recaps/excerpt";
import { publicationVersion } from "@/lib/recaps/photo-urls";
import { getInstituteCached } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const institute = await getInstituteCached(getDb());
  const filter = parseArchiveFilter(await searchParams);
  const meta = siteSocialMetadata({
    title: `All events — ${institute.name}`,
    description: `Upcoming and past policy forums, roundtables and symposia at the ${institute.name}, with recaps of what was said.`,
    path: "/events",
    siteName: institute.name,
  });
  // Filtered and later pages are the same archive: search engines index the first.
  return hasFilters(filter) || filter.page > 1 ? { ...meta, robots: { index: false, follow: true } } : meta;
}

function recapOf(e: ArchiveEvent): EventListRecap | null {
  if (e.recapBody === null) return null;
  const lead =
    e.leadAssetId && e.recapPublishedAt
      ? { assetId: e.leadAssetId, alt: e.leadAlt ?? "", width: e.leadWidth, height: e.leadHeight, version: publicationVersion(e.recapPublishedAt) }
      : null;
  return { excerpt: excerpt(e.recapBody, 240), lead };
}

function Filters({ filter, programs, years }: { filter: ArchiveFilter; programs: { slug: string; name: string }[]; years: number[] }) {
  return (
    <form method="get" action="/events" role="search" aria-label="Find events" className="mt-8 grid gap-4 rounded-md border border-line bg-surface p-4 sm:grid-cols-2 sm:p-5 lg:grid-cols-[minmax(0,2fr)_repeat(3,minmax(0,1fr))_auto] lg:items-end">
      <Field label="Search" htmlFor="archive-q" className="sm:col-span-2 lg:col-span-1">
        {(c) => <Input {...c} name="q" type="search" defaultValue={filter.q ?? ""} placeholder="Titles, summaries and recaps" />}
      </Field>
      <Field label="Format" htmlFor="archive-format">
        {(c) => (
          <Select {...c} name="format" defaultValue={filter.format ?? ""}>
            <option value="">Any format</option>
            <Options of={EVENT_FORMATS} label={formatLabel} />
          </Select>
        )}
      </Field>
      <Field label="Programme" htmlFor="archive-program">
        {(c) => (
          <Select {...c} name="program" defaultValue={filter.program ?? ""}>
            <option value="">Any programme</option>
            <Options of={programs} value={(p) => p.slug} label={(p) => p.name} />
          </Select>
        )}
      </Field>
      <Field label="Year" htmlFor="archive-year">
        {(c) => (
          <Select {...c} name="year" defaultValue={filter.year ? String(filter.year) : ""}>
            <option value="">Any year</option>
            <Options of={years} />
          </Select>
        )}
      </Field>
      <Button type="submit">Show events</Button>
    </form>
  );
}

function Pagination({ filter, pageCount }: { filter: ArchiveFilter; pageCount: number }) {
  if (pageCount <= 1) return null;
  const page = Math.min(filter.page, pageCount);
  const linkClass = "inline-flex h-10 items-center rounded-sm border border-line-strong px-4 text-sm font-medium text-ink hover:border-ink hover:bg-surface";
  return (
    <nav aria-label="Pages of past events" className="flex items-center justify-between gap-4 border-t border-line py-8">
      {page > 1 ? (
        <Link href={archiveHref(filter, page - 1)} className={linkClass} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-muted">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={archiveHref(filter, page + 1)} className={linkClass} rel="next">
          Older →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

export default async function EventsPage({ searchParams }: Props) {
  const db = getDb();
  const filter = parseArchiveFilter(await searchParams);
  const [result, options] = await Promise.all([searchArchive(db, filter), archiveFilterOptions(db)]);
  const filtered = hasFilters(filter);
  const count = (n: number) => `${n.toLocaleString("en-GB")} past ${n === 1 ? "event" : "events"}`;

  return (
    <div className="mx-auto max-w-6xl px-5 pb-16 sm:px-8">
      <h1 className="pt-12 font-serif text-4xl text-ink">All events</h1>
      <p className="mt-3 max-w-2xl text-muted">Forthcoming events, and every past one with its recap once published.</p>
      <Filters filter={filter} programs={options.programs} years={options.years} />
      {filtered ? (
        <p className="mt-4 text-sm text-ink" role="status">
          {filter.q ? <>Matching “{filter.q}”: </> : null}
          {result.upcoming.length > 0 ? `${result.upcoming.length} upcoming, ` : ""}
          {count(result.pastTotal)}.{" "}
          <Link href="/events" className="font-medium text-accent underline underline-offset-4">
            Clear filters
          </Link>
        </p>
      ) : null}

      {filter.page === 1 && (!filtered || result.upcoming.length > 0) ? (
        <section aria-labelledby="upcoming-heading" className="pt-10">
          <h2 id="upcoming-heading" className="border-b border-ink pb-3 font-serif text-2xl text-ink">
            Upcoming
          </h2>
          {result.upcoming.length ? <EventCardGrid events={result.upcoming} /> : <p className="py-8 text-muted">Nothing is scheduled yet.</p>}
        </section>
      ) : null}
      <section aria-labelledby="past-heading" className="pt-14">
        <h2 id="past-heading" className="border-b border-ink pb-3 font-serif text-2xl text-ink">
          Past events
        </h2>
        {result.past.length ? (
          result.past.map((e) => <EventListItem key={e.id} event={e} recap={recapOf(e)} />)
        ) : filter.page > result.pageCount ? (
          <p className="py-8 text-muted">
            There is no page {filter.page}.{" "}
            <Link href={archiveHref(filter, 1)} className="font-medium text-accent underline underline-offset-4">
              Go to the first page
            </Link>
          </p>
        ) : (
          <p className="py-8 text-muted">{filtered ? "No past events match. Try fewer words or another filter." : "No past events yet."}</p>
        )}
        <Pagination filter={filter} pageCount={result.pageCount} />
      </section>
    </div>
  );
}
