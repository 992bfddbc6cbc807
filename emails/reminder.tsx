import { Heading, Text } from "@react-email/components";
import { EmailButton } from "./components/button";
import { EmailEventCard } from "./components/event-card";
import { EmailLayout, type EmailInstitute } from "./components/layout";
import { fineprint, heading, paragraph } from "./components/theme";
import type { EmailEvent } from "./email-event";
import { guestPreview } from "./invitation";

export type ReminderEmailProps = {
  guestName: string;
  event: EmailEvent;
  respondUrl: string | null;
  /** "no-answer": staff remind a guest who has not answered; "upcoming": an accepted guest, shortly before. */
  kind: "no-answer" | "upcoming";
  /** "Friday 20 September" when the event has a deadline for answers. */
  respondBy?: string | null;
  /** The guest's table, when staff chose to tell guests ("5", "Head table"). */
  table?: string | null;
  /** On a reminder to a guest who has not answered: their "stop invitations" link (and List-Unsubscribe header). */
  optOutUrl?: string | null;
  institute: EmailInstitute;
};

export function reminderSubject(kind: ReminderEmailProps["kind"], title: string): string {
  return kind === "no-answer" ? `Reminder: will you attend ${title}?` : `Coming up: ${title}`;
}

export default function ReminderEmail({ guestName, event, respondUrl, kind, respondBy, table, optOutUrl, institute }: ReminderEmailProps) {
  const upcoming = kind === "upcoming";
  return (
    <EmailLayout
      institute={institute}
      preview={reminderSubject(kind, event.title)}
      reason={`${institute.name} invited you to this event.`}
      // An accepted guest's reminder is about a place they hold, not another invitation.
      optOutUrl={upcoming ? null : optOutUrl}
    >
      <Heading as="h1" style={heading}>
        {upcoming ? "We look forward to seeing you" : "Will you attend?"}
      </Heading>
      <Text style={paragraph}>Dear {guestName},</Text>
      <Text style={paragraph}>
        {upcoming
          ? "A reminder that you are expected at the event below. If your plans have changed, please tell us from your page so your place can go to someone else."
          : "We have not yet heard whether you can join us for the event below. A word from you helps us plan."}
      </Text>
      {table && upcoming ? <Text style={{ ...paragraph, fontWeight: 600 }}>Your table: {table}</Text> : null}
      {respondBy && !upcoming ? <Text style={{ ...paragraph, fontWeight: 600 }}>Please reply by {respondBy}.</Text> : null}
      <EmailEventCard event={event} showSpeakers={!upcoming} />
      {respondUrl ? (
        <EmailButton href={respondUrl}>{upcoming ? "See or change my answer" : "Respond"}</EmailButton>
      ) : null}
      <Text style={fineprint}>Questions: {event.contactEmail}.</Text>
    </EmailLayout>
  );
}

export const PreviewProps = {
  ...guestPreview,
  kind: "no-answer",
  respondBy: "Friday 20 September",
  optOutUrl: "http://localhost:3000/opt-out/preview-link",
} satisfies ReminderEmailProps;

ReminderEmail.PreviewProps = PreviewProps;
