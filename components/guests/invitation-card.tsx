import { DateTile } from "@/components/events/date-tile";
import { CalendarPlus, CircleCheck, CircleX, Hourglass } from "@/components/icons/lucide";
import { buttonVariants } from "@/components/ui/button";
import { attributionExplanation } from "@/lib/events/attribution";
import { formatEventWhen, formatLongDate, formatTimeRange } from "@/lib/events/time";
import { hostsLine } from "@/lib/invitations/email-event";
import type { GuestChoices } from "@/lib/invitations/guest-choices";
import type { GuestFormField } from "@/components/forms/guest-form";
import type { GuestPage } from "@/lib/invitations/queries";
import { ANSWER_TEXT_LIMITS } from "@/lib/invitations/schema";
import { waitlistReason } from "@/lib/invitations/waitlist-reason";
import { personName } from "@/lib/people/display-name";
import type { Institute } from "@/lib/settings/institute";

// The guest's invitation as their personal page shows it: what they are
// invited to, where they stand, and the choices open to them. Plain markup,
// no state and no hooks: drawn by the page (app/rsvp/[token]/page.tsx), and
// renderable to HTML without React's runtime in the browser.

/** The card: the invitation above, the guest's answer (its overview, or a form) below. */
export function InvitationCard({ guest, institute, children }: { guest: GuestPage; institute: Institute; children: React.ReactNode }) {
  return (
    <article className="mx-auto max-w-xl overflow-hidden rounded-md border border-line bg-paper shadow-card">
      <InvitationSummary guest={guest} institute={institute} />

      <section id="answer" aria-label="Your answer" className="scroll-mt-4 border-t border-line bg-surface/60 px-5 py-6 sm:scroll-mt-8 sm:px-9 sm:py-8">
        {guest.event.status === "cancelled" ? (
          <p role="status" className="rounded-md border border-danger/30 bg-danger-tint px-4 py-3 text-danger">
            This event has been cancelled. We are sorry for the inconvenience.
          </p>
        ) : (
          children
        )}
      </section>
    </article>
  );
}

/** Asked to answer only while they have not; afterwards, how long they may change it. */
function answerLine(unanswered: boolean, deadline: string | null): string {
  if (unanswered) return deadline ? `Please answer by ${deadline}; until then you can change your answer here.` : "You can change your answer here until the event.";
  return `You can change your answer here until ${deadline ?? "the event"}.`;
}


function Status({ guest, saved }: { guest: GuestPage; saved: string | undefined }) {
  const email = guest.person.email;
  switch (guest.status) {
    case "accepted":
      return (
        <div className="flex gap-3">
          <CircleCheck aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-success" />
          <div>
            <h2 className="font-serif text-xl text-ink">You are attending</h2>
            <p className="mt-1 leading-relaxed text-muted">
              {guest.plusOneName ? `With ${guest.plusOneName}. ` : ""}
              {saved === "accepted" && email ? `We have emailed a calendar invitation to ${email}.` : "We look forward to welcoming you."}
            </p>
          </div>
        </div>
      );
    case "waitlisted":
      return (
        <div className="flex gap-3">
          <Hourglass aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-warning" />
          <div>
            <h2 className="font-serif text-xl text-ink">You are on the waitlist{guest.waitlistPosition ? `: number ${guest.waitlistPosition}` : ""}</h2>
            <p className="mt-1 leading-relaxed text-muted">
              {guest.waitlistStanding ? `${waitlistReason(guest.waitlistStanding)} ` : ""}When a place opens it goes to the waitlist in order, and we email you at once
              {email ? ` at ${email}` : ""}.
            </p>
          </div>
        </div>
      );
    case "declined":
      return (
        <div className="flex gap-3">
          <CircleX aria-hidden="true" className="mt-0.5 size-6 shrink-0 text-muted" />
          <div>
            <h2 className="font-serif text-xl text-ink">You have declined</h2>
            <p className="mt-1 leading-relaxed text-muted">
              {saved === "declined" ? "Thank you for letting us know. " : ""}If your plans change, you can still accept.
            </p>
          </div>
        </div>
      );
    case "delegate_pending":
      return (
        <div>
          <h2 className="font-serif text-xl text-ink">Your delegate awaits confirmation</h2>
          <p className="mt-1 leading-relaxed text-muted">The organizers will confirm by email; your delegate then receives an invitation of their own.</p>
        </div>
      );
    case "delegated":
      return <p className="leading-relaxed text-ink">Your delegate has been confirmed and has their own invitation.</p>;
    default:
      return null;
  }
}



/** The invitation itself: to whom, to what, when, where, from whom. */
function InvitationSummary({ guest, institute }: { guest: GuestPage; institute: Institute }) {
  const { event } = guest;
  const cohosts = event.cohosts.map((c) => c.organization.name);
  return (
    <div className="border-t-[3px] border-ink px-5 pb-6 pt-7 sm:px-9 sm:pt-9">
      <p className="text-sm text-muted">Dear {personName(guest.person)},</p>
      <p className="mt-1 text-sm text-muted">{guest.source === "registered" ? "Your registration for" : "You are invited to"}</p>
      <div className="mt-5 flex gap-4 sm:gap-5">
        <DateTile startsAt={event.startsAt} endsAt={event.endsAt} timeZone={event.timeZone} />
        <div className="min-w-0">
          <h1 className="font-serif text-2xl leading-tight text-ink sm:text-[1.75rem]">{event.title}</h1>
          {event.subtitle ? <p className="mt-1.5 leading-snug text-muted">{event.subtitle}</p> : null}
        </div>
      </div>
      <dl className="mt-6 grid gap-4 text-[15px] leading-snug">
        <div>
          <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">When</dt>
          <dd className="mt-1 text-ink">
            <span className="sr-only">{formatEventWhen(event.startsAt, event.endsAt, event.timeZone)}</span>
            <span aria-hidden="true">
              {formatLongDate(event.startsAt, event.timeZone)}, {formatTimeRange(event.startsAt, event.endsAt, event.timeZone)}
            </span>
          </dd>
        </div>
        {event.venue ? (
          <div>
            <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Where</dt>
            <dd className="mt-1 text-ink">
              {event.venue.name}
              <span className="block text-muted">{[event.venue.address, event.venue.city].filter(Boolean).join(", ")}</span>
            </dd>
          </div>
        ) : null}
        <div>
          <dt className="text-xs font-semibold uppercase tracking-[0.16em] text-muted">Hosted by</dt>
          <dd className="mt-1 text-ink">{cohosts.length ? hostsLine(institute.shortName, cohosts) : institute.name}</dd>
        </div>
      </dl>
      {event.attribution !== "on_record" ? <p className="mt-4 text-sm leading-relaxed text-muted">{attributionExplanation(event.attribution)}</p> : null}
    </div>
  );
}

/** Where the guest stands, and the choices open to them. */
export function AnswerOverview({
  guest,
  institute,
  token,
  table,
  saved,
  choices: { answerable, canDelegate, closed },
}: {
  guest: GuestPage;
  institute: Institute;
  token: string;
  table: { tableLabel: string } | null;
  /** The answer just saved (`?saved=`): announced to a screen reader. */
  saved: string | undefined;
  choices: GuestChoices;
}) {
  const here = `/rsvp/${token}`;
  const contact = guest.event.contactEmail ?? institute.eventsEmail;
  const hasAcceptQuestions = acceptQuestions(guest).length > 0;
  const { event } = guest;
  return (
    <div className="space-y-5">
      <div role={saved ? "status" : undefined}>
        {guest.status === "invited" ? <h2 className="font-serif text-xl text-ink">Will you attend?</h2> : <Status guest={guest} saved={saved} />}
        {table ? <p className="mt-3 font-serif text-lg text-ink">Your table: {table.tableLabel}</p> : null}
      </div>
      {guest.status === "accepted" && event.status === "scheduled" ? (
        <a href={`${here}/calendar.ics`} className="-mt-2 inline-flex min-h-11 items-center gap-2 font-medium text-accent underline underline-offset-4" download>
          <CalendarPlus aria-hidden="true" className="size-5" />
          Add to calendar
        </a>
      ) : null}
      {answerable ? (
        <div className="grid gap-3 sm:grid-cols-2">
          {guest.status !== "accepted" && guest.status !== "waitlisted" ? (
            <a href={`${here}?answer=accept#form`} className={buttonVariants({ variant: "accent", size: "lg" })}>
              Accept
            </a>
          ) : hasAcceptQuestions ? (
            <a href={`${here}?answer=accept#form`} className={buttonVariants({ variant: "secondary", size: "lg" })}>
              Change my details
            </a>
          ) : null}
          {guest.status !== "declined" ? (
            <a href={`${here}?answer=decline#form`} className={buttonVariants({ variant: guest.status === "invited" ? "primary" : "secondary", size: "lg" })}>
              {guest.status === "invited" ? "Decline" : guest.status === "waitlisted" ? "Leave the waitlist" : "I can no longer attend"}
            </a>
          ) : null}
        </div>
      ) : null}
      {canDelegate && guest.status !== "waitlisted" ? (
        <a href={`${here}?answer=delegate#form`} className="inline-flex min-h-11 items-center font-medium text-ink underline underline-offset-4">
          Send a delegate instead
        </a>
      ) : null}
      {closed ? (
        <p className="border-t border-line pt-5 text-sm leading-relaxed text-muted">
          {closed} To change your answer, please write to{" "}
          <a href={`mailto:${contact}`} className="font-medium text-ink underline underline-offset-4">
            {contact}
          </a>
          .
        </p>
      ) : (
        <p className="border-t border-line pt-5 text-sm leading-relaxed text-muted">
          {answerLine(guest.status === "invited", event.rsvpDeadline ? formatLongDate(event.rsvpDeadline, event.timeZone) : null)}{" "}
          Questions:{" "}
          <a href={`mailto:${contact}`} className="font-medium text-ink underline underline-offset-4">
            {contact}
          </a>
        </p>
      )}
    </div>
  );
}

/** What accepting asks (each question optional), as the event set it up. */
export function acceptQuestions(guest: GuestPage): GuestFormField[] {
  const { event } = guest;
  const questions: GuestFormField[] = [];
  if (event.plusOnesAllowed) {
    questions.push({ name: "plusOneName", label: "Bringing someone? Their full name", hint: "Leave empty if you come alone.", optional: true, maxLength: ANSWER_TEXT_LIMITS.plusOneName, defaultValue: guest.plusOneName });
  }
  if (event.askDietary) {
    questions.push({ name: "dietary", label: "Dietary needs", hint: "Allergies, vegetarian, halal, kosher…", optional: true, maxLength: ANSWER_TEXT_LIMITS.dietary, defaultValue: guest.dietary });
  }
  if (event.askAccessibility) {
    questions.push({ name: "accessibility", label: "Accessibility needs", hint: "Step-free access, seating, interpretation…", optional: true, maxLength: ANSWER_TEXT_LIMITS.accessibility, defaultValue: guest.accessibility });
  }
  return questions;
}

/** A guest link that opens no invitation: mistyped, cut short, or replaced by a newer one. */
export function LinkNotFound({ contact }: { contact: string }) {
  return (
    <div className="mx-auto max-w-md px-1 py-12 text-center">
      <p className="text-xs font-semibold uppercase tracking-[0.2em] text-accent">Error 404</p>
      <h1 className="mt-3 font-serif text-3xl text-ink">This link does not open an invitation</h1>
      <p className="mt-4 leading-relaxed text-muted">
        It may have been cut short or mistyped, or replaced by a newer one. Please use the link in the most recent email from us, or write to{" "}
        <a href={`mailto:${contact}`} className="font-medium text-ink underline underline-offset-4">
          {contact}
        </a>
        .
      </p>
    </div>
  );
}
