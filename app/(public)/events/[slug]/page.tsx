import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Agenda } from "@/components/events/agenda";
import { DateTile } from "@/components/events/date-tile";
import { EventBadges } from "@/components/events/event-badges";
import { CoverPhoto, type CoverPicture } from "@/components/events/event-cover";
import { leadPhotoOf, RecapArticle, RecapLeadPhoto } from "@/components/events/recap-article";
import { GuestForm, type GuestFormField } from "@/components/forms/guest-form";
import { guestFormClasses } from "@/components/forms/guest-form-classes";
import { PERSON_FIELDS } from "@/components/forms/person-fields";
import { SpeakerList } from "@/components/events/speaker-list";
import { getDb } from "@/db";
import { attributionExplanation } from "@/lib/events/attribution";
import { googleCalendarUrl, icsPath, outlookCalendarUrl, shareLinks } from "@/lib/events/calendar-links";
import { appUrl } from "@/lib/env";
import { joinNames } from "@/lib/events/cohost-sentence";
import { cohostReference, joinWithSerialComma } from "@/lib/recaps/draft";
import { eventSocialMetadata } from "@/lib/events/public-metadata";
import { getPublicEvent } from "@/lib/events/queries";
import { namedSpeakersByItem, speakersNamedPublicly } from "@/lib/events/speaker-attribution";
import { isValidSlug } from "@/lib/events/slug";
import { formatEventWhen, formatLongDate, formatTimeRange } from "@/lib/events/time";
import { answersClosedReason } from "@/lib/invitations/answer";
import { opensRegistration } from "@/lib/invitations/registration";
import { publicationVersion } from "@/lib/recaps/photo-urls";
import { getInstituteCached } from "@/lib/settings/queries";
import { registerAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

// Once per request: the metadata and the page both need the event.
const load = cache(async (slug: string) => {
  // A slug is at most a few words of a-z, 0-9 and hyphens; anything else is no event.
  if (!isValidSlug(slug)) return null;
  return getPublicEvent(getDb(), slug);
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [event, institute] = await Promise.all([load(slug), getInstituteCached(getDb())]);
  if (!event) return { title: `Event not found — ${institute.name}` };
  return eventSocialMetadata(event, institute.name);
}

const REGISTRATION_FIELDS: GuestFormField[] = [
  { ...PERSON_FIELDS.honorific, autoComplete: "honorific-prefix" },
  { ...PERSON_FIELDS.givenName, autoComplete: "given-name" },
  { ...PERSON_FIELDS.familyName, autoComplete: "family-name" },
  { ...PERSON_FIELDS.email, autoComplete: "email", hint: "Your confirmation and personal link go here." },
  { ...PERSON_FIELDS.positionTitle, autoComplete: "organization-title" },
  { ...PERSON_FIELDS.affiliation, autoComplete: "organization" },
];


export default async function EventPage({ params }: Props) {
  const { slug } = await params;
  const event = await load(slug);
  if (!event) notFound();

  const { isPast } = event;
  const cohosts = event.cohosts.map((c) => c.organization.name);
  const registration = opensRegistration(event) && !isPast ? answersClosedReason(event, new Date()) ?? "open" : null;
  const { recap } = event;
  // Photo addresses carry this publication: unpublished, they are gone at once.
  const photoVersion = recap?.publishedAt ? publicationVersion(recap.publishedAt) : null;

  const details = <EventDetails event={event} cohosts={cohosts} registration={registration} />;

  return (
    <article>
      {recap ? <RecapHeader event={event} recap={recap} cohosts={cohosts} photoVersion={photoVersion} /> : <EventHeader event={event} />}

      <div className="mx-auto grid max-w-6xl gap-12 px-5 pt-10 sm:px-8 lg:grid-cols-[minmax(0,1fr)_20rem] lg:gap-16">
        {/* On a phone the date and place come first, unless the recap leads: first in the
            source too, so Tab and screen readers meet them in the order the eye does. */}
        {recap ? null : details}
        <div className={recap ? "min-w-0" : "min-w-0 lg:col-start-1 lg:row-start-1"}>
          {recap ? (
            <section aria-label="Recap">
              <RecapArticle body={recap.body} photos={recap.photos} links={recap.links} version={photoVersion} />
            </section>
          ) : event.description || event.summary ? (
            <section aria-label="About this event" className="prose-public">
              {(event.description ?? event.summary ?? "")
                .split(/\n\s*\n/)
                .filter(Boolean)
                .map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
            </section>
          ) : null}
          <Programme event={event} />
        </div>

        {recap ? details : null}
      </div>
    </article>
  );
}

type PublicEvent = NonNullable<Awaited<ReturnType<typeof load>>>;
type PublishedRecap = NonNullable<PublicEvent["recap"]>;

/** When, where, with whom and under which rule; and registration, while it is open. */
function EventDetails({ event, cohosts, registration }: { event: PublicEvent; cohosts: string[]; registration: string | null }) {
  const { isPast, recap } = event;
  const when = formatEventWhen(event.startsAt, event.endsAt, event.timeZone);
  return (
    <aside aria-label="Event details" className={recap ? "lg:pt-1" : "lg:col-start-2 lg:row-start-1 lg:pt-1"}>
      <dl className="space-y-6 rounded-md border border-line bg-paper p-6 text-sm">
        <div>
          <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">When</dt>
          <dd className="mt-1 text-ink">
            <span className="sr-only">{when}</span>
            <span aria-hidden="true" className="block">
              {formatLongDate(event.startsAt, event.timeZone)}
            </span>
            <span aria-hidden="true" className="block text-muted">
              {formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}
            </span>
          </dd>
        </div>
        {event.venue ? (
          <div>
            <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Where</dt>
            <dd className="mt-1 text-ink">
              {event.venue.name}
              {event.venue.address ? <span className="block text-muted">{event.venue.address}</span> : null}
              <span className="block text-muted">{[event.venue.city, event.venue.country].filter(Boolean).join(", ")}</span>
            </dd>
          </div>
        ) : null}
        {cohosts.length > 0 ? (
          <div>
            <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Co-hosted with</dt>
            <dd className="mt-1 text-ink">{joinNames(cohosts)}</dd>
          </div>
        ) : null}
        <div>
          <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Attribution</dt>
          <dd className="mt-1 leading-relaxed text-ink">{attributionExplanation(event.attribution)}</dd>
        </div>
        {event.visibility === "invitation_only" ? (
          <div>
            <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Attendance</dt>
            <dd className="mt-1 text-ink">By invitation only.</dd>
          </div>
        ) : null}
        {event.program ? (
          <div>
            <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Programme area</dt>
            <dd className="mt-1 text-ink">{event.program.name}</dd>
          </div>
        ) : null}
        {event.livestreamUrl && !isPast && event.status === "scheduled" ? (
          <div>
            <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Watch online</dt>
            <dd className="mt-1">
              <a href={event.livestreamUrl} className="font-medium text-accent underline underline-offset-4" rel="noopener">
                Livestream
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      {registration ? <Registration event={event} registration={registration} /> : null}
      {!isPast && event.status === "scheduled" ? <CalendarAndShare event={event} /> : null}
    </aside>
  );
}

/** Plain links (no script): the event into the reader's calendar, or passed on. */
function CalendarAndShare({ event }: { event: PublicEvent }) {
  const origin = appUrl();
  const linked = {
    slug: event.slug,
    title: event.title,
    summary: event.summary,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    location: event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(", ") : null,
  };
  const link = "inline-flex min-h-11 items-center rounded-md border border-line bg-paper px-3 text-sm font-medium text-ink hover:border-line-strong hover:bg-surface";
  return (
    <div data-print="hide" className="mt-6 space-y-5 rounded-md border border-line bg-paper p-6">
      <section aria-labelledby="calendar-heading">
        <h2 id="calendar-heading" className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">
          Add to calendar
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          <li>
            <a className={link} href={googleCalendarUrl(linked, origin)} rel="noopener" target="_blank">
              Google<span className="sr-only"> Calendar (opens in a new tab)</span>
            </a>
          </li>
          <li>
            <a className={link} href={outlookCalendarUrl(linked, origin)} rel="noopener" target="_blank">
              Outlook<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </li>
          <li>
            <a className={link} href={icsPath(event.slug)} download>
              Apple and others (.ics)
            </a>
          </li>
        </ul>
      </section>
      <section aria-labelledby="share-heading">
        <h2 id="share-heading" className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">
          Share
        </h2>
        <ul className="mt-2 flex flex-wrap gap-2">
          {shareLinks(linked, origin).map((s) => (
            <li key={s.label}>
              <a className={link} href={s.href} rel="noopener" target={s.href.startsWith("mailto:") ? undefined : "_blank"}>
                {s.label === "Email" ? "By email" : s.label}
                {s.href.startsWith("mailto:") ? null : <span className="sr-only"> (opens in a new tab)</span>}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function Registration({ event, registration }: { event: PublicEvent; registration: string }) {
  return (
    <section id="register" aria-labelledby="register-heading" data-print="hide" className="mt-6 rounded-md border border-line bg-paper p-6">
      <h2 id="register-heading" className="font-serif text-xl text-ink">
        Register
      </h2>
      {registration === "open" ? (
        <>
          <p className="mb-5 mt-1 text-sm leading-relaxed text-muted">
            {event.capacity ? "Places are limited; when the event is full, registrations join a waitlist." : "Open to all; registration helps us plan."}
          </p>
          <GuestForm
            action={registerAction}
            hidden={{ slug: event.slug }}
            honeypot="website"
            fields={REGISTRATION_FIELDS}
            submitLabel="Register"
            pendingLabel="Registering…"
            classes={guestFormClasses("accent")}
          />
        </>
      ) : (
        <p className="mt-1 text-sm leading-relaxed text-muted">{registration} Registration is closed.</p>
      )}
    </section>
  );
}

/** After the event, the published recap leads the page. */
function RecapHeader({ event, recap, cohosts, photoVersion }: { event: PublicEvent; recap: PublishedRecap; cohosts: string[]; photoVersion: string | null }) {
  const recapTitle = recap.title?.trim() || event.title;
  const lead = leadPhotoOf(recap.photos);
  const cover = coverOf(event);
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto max-w-6xl px-5 pb-10 pt-8 sm:px-8 sm:pb-12">
        <Link href="/events" className="text-sm text-muted underline-offset-4 hover:text-ink hover:underline">
          ← All events
        </Link>
        <div className="mt-6 flex flex-wrap items-center gap-x-3 gap-y-2">
          <span className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Recap</span>
          <span aria-hidden="true" className="hidden text-line-strong sm:inline">
            ·
          </span>
          <EventBadges id="event" format={event.format} attribution={event.attribution} visibility={event.visibility} status={event.status} />
        </div>
        <h1 className="mt-3 max-w-4xl font-serif text-3xl leading-tight text-ink sm:text-[2.75rem]">{recapTitle}</h1>
        {recapTitle !== event.title ? <p className="mt-3 max-w-3xl text-lg leading-relaxed text-muted">{event.title}</p> : event.subtitle ? <p className="mt-3 max-w-3xl text-lg leading-relaxed text-muted">{event.subtitle}</p> : null}
        <p className="mt-5 text-sm text-ink">
          <time dateTime={event.startsAt.toISOString()}>{formatLongDate(event.startsAt, event.timeZone)}</time>
          {event.venue ? <span className="text-muted"> · {event.venue.city}</span> : null}
          {cohosts.length > 0 ? <span className="text-muted"> · with {joinWithSerialComma(cohosts.map(cohostReference))}</span> : null}
        </p>
      </div>
      {lead ? (
        <div className="mx-auto max-w-6xl px-5 pb-10 sm:px-8 sm:pb-12">
          <RecapLeadPhoto photo={lead} version={photoVersion} />
        </div>
      ) : cover ? (
        <CoverBand picture={cover} />
      ) : null}
    </header>
  );
}

/** The event's cover photo, public while the event is (unversioned: app/assets/serve-asset.ts). */
function coverOf(event: PublicEvent): CoverPicture | null {
  return event.cover && event.coverAlt ? { assetId: event.cover.id, alt: event.coverAlt, width: event.cover.width, height: event.cover.height, version: null } : null;
}

/** The cover across the page: wide on a desk, 3:2 on a phone. */
function CoverBand({ picture }: { picture: CoverPicture }) {
  return (
    <div className="mx-auto max-w-6xl px-5 pb-10 sm:px-8 sm:pb-12">
      <CoverPhoto picture={picture} sizes="(min-width: 1152px) 1088px, 100vw" preferred={1280} eager className="aspect-[3/2] w-full sm:aspect-[21/9]" />
    </div>
  );
}

/** Before the event (or without a recap): its date, badges and title. */
function EventHeader({ event }: { event: PublicEvent }) {
  const cover = coverOf(event);
  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto max-w-6xl px-5 pb-10 pt-8 sm:px-8 sm:pb-14">
        <Link href="/events" className="text-sm text-muted underline-offset-4 hover:text-ink hover:underline">
          ← All events
        </Link>
        <div className="mt-6 flex flex-col gap-6 sm:flex-row sm:items-start sm:gap-8">
          <DateTile startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} size="lg" />
          <div className="min-w-0 flex-1">
            <EventBadges
              id="event"
              format={event.format}
              attribution={event.attribution}
              visibility={event.visibility}
              status={event.status}
            />
            <h1 className="mt-3 font-serif text-3xl leading-tight text-ink sm:text-[2.75rem]">{event.title}</h1>
            {event.subtitle ? <p className="mt-3 max-w-3xl text-lg leading-relaxed text-muted">{event.subtitle}</p> : null}
            {event.status === "cancelled" ? (
              <p role="status" className="mt-5 rounded-md border border-danger/30 bg-danger-tint px-4 py-3 text-sm text-danger">
                This event has been cancelled.
              </p>
            ) : null}
          </div>
        </div>
      </div>
      {cover ? <CoverBand picture={cover} /> : null}
    </header>
  );
}

/** The agenda and the speakers named publicly; speakers are named unless the Chatham House rule keeps them private, speaker by speaker, from the items they speak at. */
function Programme({ event }: { event: PublicEvent }) {
  const { isPast } = event;
  const naming = { attribution: event.attribution, announceSpeakers: event.announceSpeakers, isPast, agendaItems: event.agendaItems };
  const speakers = speakersNamedPublicly(naming, event.speakers);
  const speakersByItem = namedSpeakersByItem(naming, event.speakers);
  const unnamed = event.speakers.length - speakers.length;
  const hasProgramme = speakers.length > 0 || event.agendaItems.length > 0;
  return (
    <>
      {hasProgramme ? (
        <section aria-labelledby="programme-heading" className="mt-14">
          <h2 id="programme-heading" className="border-b border-ink pb-3 font-serif text-2xl text-ink">
            {isPast ? "The programme" : "Programme"}
          </h2>
          {event.agendaItems.length > 0 ? (
            <div className="mt-6">
              <Agenda items={event.agendaItems} eventAttribution={event.attribution} timeZone={event.timeZone} speakersByItem={speakersByItem} />
            </div>
          ) : null}
          {speakers.length > 0 ? (
            <div className="mt-8">
              <SpeakerList speakers={speakers} />
            </div>
          ) : null}
        </section>
      ) : null}
      {unnamed > 0 ? (
        <p className="mt-10 text-sm text-muted">
          {speakers.length === 0 ? "Speakers are not named" : "Other speakers are not named"}: the discussion is held under the Chatham House rule.
        </p>
      ) : null}
    </>
  );
}
