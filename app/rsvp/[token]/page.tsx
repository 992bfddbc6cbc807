import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { acceptQuestions, AnswerOverview, InvitationCard } from "@/components/guests/invitation-card";
import { GuestForm, type GuestFormDisclosure, type GuestFormField } from "@/components/forms/guest-form";
import { guestFormClasses } from "@/components/forms/guest-form-classes";
import { PERSON_FIELDS } from "@/components/forms/person-fields";
import { getDb } from "@/db";
import { guestChoices } from "@/lib/invitations/guest-choices";
import { findGuestByToken, type GuestPage } from "@/lib/invitations/queries";
import { tableToTell } from "@/lib/seating/queries";
import { ANSWER_TEXT_LIMITS } from "@/lib/invitations/schema";
import { personName } from "@/lib/people/display-name";
import { PERSON_LIMITS } from "@/lib/people/schema";
import { getInstituteCached } from "@/lib/settings/queries";
import { answerAction, delegateAction } from "./actions";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Once per request: the metadata and the page both need the guest.
const loadGuest = cache((token: string) => findGuestByToken(getDb(), token));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const guest = await loadGuest((await params).token);
  return { title: guest ? `Your invitation: ${guest.event.title}` : "Page not found" };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/**
 * An assistant answering for the guest says who they are; both get the
 * confirmation. Most guests answer for themselves, so it waits behind a question.
 */
function onBehalf(guest: GuestPage): GuestFormDisclosure {
  return {
    summary: "Answering for someone else?",
    hint: `If you are answering for ${personName(guest.person)}, tell us who you are. We note that you answered, and send the confirmation to you as well.`,
    fields: [
      { name: "onBehalfOfName", label: "Your name", optional: true, maxLength: ANSWER_TEXT_LIMITS.onBehalfOfName, autoComplete: "name" },
      { name: "onBehalfOfEmail", label: "Your email", type: "email", optional: true, maxLength: PERSON_LIMITS.email, autoComplete: "email" },
    ],
  };
}

/**
 * The heading of the form a choice opens. Each choice links to it (`#form`),
 * so the browser brings the form into view and focus to it, without JavaScript.
 */
function FormHeading({ children }: { children: React.ReactNode }) {
  return (
    <h2 id="form" tabIndex={-1} className="scroll-mt-4 font-serif text-xl text-ink focus:outline-none sm:scroll-mt-8">
      {children}
    </h2>
  );
}

const DELEGATE_FIELDS: GuestFormField[] = [
  PERSON_FIELDS.honorific,
  PERSON_FIELDS.givenName,
  PERSON_FIELDS.familyName,
  PERSON_FIELDS.positionTitle,
  PERSON_FIELDS.affiliation,
  { ...PERSON_FIELDS.email, hint: "Their own invitation goes here once the organizers confirm." },
];

export default async function GuestAnswerPage({ params, searchParams }: Props) {
  const { token } = await params;
  const query = await searchParams;
  const db = getDb();
  const [guest, institute] = await Promise.all([loadGuest(token), getInstituteCached(db)]);
  if (!guest) notFound();
  const choices = guestChoices(guest, new Date());
  const { answerable, canDelegate } = choices;
  const asked = one(query.answer);
  const choice = asked === "delegate" ? (canDelegate ? asked : undefined) : answerable ? asked : undefined;
  const saved = one(query.saved);
  const here = `/rsvp/${token}`;
  const acceptQs = acceptQuestions(guest);
  const table = await tableToTell(db, guest);

  return (
    <InvitationCard guest={guest} institute={institute}>
      {choice === "accept" ? (
        <>
          <FormHeading>{guest.status === "accepted" ? "Change your details" : "Accept the invitation"}</FormHeading>
          <p className="mb-5 mt-1 text-sm leading-relaxed text-muted">{acceptQs.length ? "Everything below is optional." : "One step: confirm, and we email you a calendar invitation."}</p>
          <GuestForm
            action={answerAction}
            hidden={{ token, answer: "accept" }}
            fields={acceptQs}
            disclosure={onBehalf(guest)}
            submitLabel="Confirm my attendance"
            pendingLabel="Sending…"
            classes={guestFormClasses("accent")}
            back={{ href: `${here}#answer`, label: "Back" }}
          />
        </>
      ) : choice === "decline" ? (
        <>
          <FormHeading>Decline the invitation</FormHeading>
          <p className="mb-5 mt-1 text-sm leading-relaxed text-muted">We are sorry you cannot join us.</p>
          <GuestForm
            action={answerAction}
            hidden={{ token, answer: "decline" }}
            fields={[{ name: "message", label: "A message to the organizers", multiline: true, optional: true, maxLength: ANSWER_TEXT_LIMITS.message }]}
            disclosure={onBehalf(guest)}
            submitLabel="Send my answer: I cannot attend"
            pendingLabel="Sending…"
            classes={guestFormClasses("primary")}
            back={{ href: `${here}#answer`, label: "Back" }}
          />
        </>
      ) : choice === "delegate" ? (
        <>
          <FormHeading>Send a delegate in your place</FormHeading>
          <p className="mb-4 mt-1 text-sm leading-relaxed text-muted">The organizers confirm by email; your delegate then receives an invitation of their own.</p>
          <GuestForm
            action={delegateAction}
            hidden={{ token }}
            fields={DELEGATE_FIELDS}
            submitLabel="Propose this delegate"
            pendingLabel="Sending…"
            classes={guestFormClasses("primary")}
            back={{ href: `${here}#answer`, label: "Back" }}
          />
        </>
      ) : (
        <AnswerOverview guest={guest} institute={institute} token={token} table={table} saved={saved} choices={choices} />
      )}
    </InvitationCard>
  );
}
