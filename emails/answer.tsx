import { Heading, Text } from "@react-email/components";
import { EmailButton } from "./components/button";
import { EmailEventCard } from "./components/event-card";
import { EmailLayout, type EmailInstitute } from "./components/layout";
import { fineprint, heading, paragraph } from "./components/theme";
import type { EmailEvent } from "./email-event";
import { guestPreview } from "./invitation";

export type AnswerOutcome = "accepted" | "waitlisted" | "declined" | "promoted" | "link" | "delegate-proposed" | "delegate-approved" | "delegate-declined";

export type AnswerEmailProps = {
  guestName: string;
  event: EmailEvent;
  respondUrl: string;
  outcome: AnswerOutcome;
  waitlistPosition: number | null;
  /** Why the guest waits, true when the email was queued ("The event is full.", or the seats left); absent in emails queued before it was said. */
  waitlistReason?: string | null;
  plusOneName: string | null;
  /** A line about who else is involved ("You attend on behalf of …"). */
  note?: string | null;
  /** The door's code of a seated guest; its QR image travels as an attachment. Absent in emails queued before codes existed. */
  checkInCode?: string | null;
  institute: EmailInstitute;
};

export function answerSubject(outcome: AnswerOutcome, title: string): string {
  switch (outcome) {
    case "accepted":
      return `Confirmed: ${title}`;
    case "waitlisted":
      return `On the waitlist: ${title}`;
    case "declined":
      return `Your answer: ${title}`;
    case "promoted":
      return `A place has opened for you: ${title}`;
    case "link":
      return `Your link for ${title}`;
    case "delegate-proposed":
      return `Your delegate for ${title}`;
    case "delegate-approved":
      return `Your delegate is confirmed: ${title}`;
    case "delegate-declined":
      return `About your delegate: ${title}`;
    default:
      return outcome satisfies never;
  }
}

function Lead({ outcome, waitlistPosition, waitlistReason, plusOneName }: Pick<AnswerEmailProps, "outcome" | "waitlistPosition" | "waitlistReason" | "plusOneName">) {
  switch (outcome) {
    case "accepted":
      return (
        <>
          Thank you: we look forward to welcoming you{plusOneName ? ` and ${plusOneName}` : ""}. The calendar invitation attached adds the event
          to your calendar.
        </>
      );
    case "promoted":
      return (
        <>
          Good news: a place has opened and it is yours{plusOneName ? `, with ${plusOneName}` : ""}. The calendar invitation attached adds the
          event to your calendar. If you can no longer come, please let us know from your page so the place goes to someone else.
        </>
      );
    case "waitlisted":
      return (
        <>
          {waitlistReason ? `${waitlistReason} ` : ""}You are on the waitlist{waitlistPosition ? ` (number ${waitlistPosition})` : ""}. When a place opens, it
          goes to the waitlist in order and we email you at once.
        </>
      );
    case "declined":
      return <>Thank you for letting us know that you cannot attend. If your plans change, you can answer again from your page.</>;
    case "link":
      return <>Here is your personal link for this event again. Use it to see or change your answer.</>;
    case "delegate-proposed":
      return <>We have received the name of your delegate. The organizers will confirm by email.</>;
    case "delegate-approved":
      return <>The organizers have confirmed your delegate, who now has an invitation of their own. Thank you for letting us know.</>;
    case "delegate-declined":
      return <>The organizers could not accept the delegate you proposed. Your invitation is open again: please let us know whether you can attend.</>;
    default:
      return outcome satisfies never;
  }
}

export default function AnswerEmail({ guestName, event, respondUrl, outcome, waitlistPosition, waitlistReason, plusOneName, note, checkInCode, institute }: AnswerEmailProps) {
  const title = outcome.startsWith("delegate") ? "Your delegate" : answerSubject(outcome, event.title).split(":")[0];
  return (
    <EmailLayout
      institute={institute}
      preview={answerSubject(outcome, event.title)}
      reason={`you answered an invitation from ${institute.name}. The link is personal to you; please do not forward it.`}
    >
      <Heading as="h1" style={heading}>
        {outcome === "link" ? "Your personal link" : title}
      </Heading>
      <Text style={paragraph}>Dear {guestName},</Text>
      <Text style={paragraph}>
        <Lead outcome={outcome} waitlistPosition={waitlistPosition} waitlistReason={waitlistReason} plusOneName={plusOneName} />
      </Text>
      {note ? <Text style={paragraph}>{note}</Text> : null}
      <EmailEventCard event={event} showSpeakers={false} />
      {checkInCode ? (
        <Text style={paragraph}>
          Your check-in code is <strong>{`${checkInCode.slice(0, 4)}-${checkInCode.slice(4)}`}</strong>. At the door, show the QR code attached to this
          email (check-in-{checkInCode}.png) or your badge, or simply give your name.
        </Text>
      ) : null}
      <EmailButton href={respondUrl}>{outcome === "link" ? "Open my page" : outcome === "delegate-proposed" || outcome === "delegate-approved" ? "Open my page" : "See or change my answer"}</EmailButton>
      <Text style={fineprint}>Questions: {event.contactEmail}.</Text>
    </EmailLayout>
  );
}

export const PreviewProps = {
  ...guestPreview,
  outcome: "accepted",
  waitlistPosition: null,
  plusOneName: "Mr. Kjetil Tronvoll",
  checkInCode: "K7QW3MZP",
} satisfies AnswerEmailProps;

AnswerEmail.PreviewProps = PreviewProps;
