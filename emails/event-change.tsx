import { Heading, Text } from "@react-email/components";
import { EmailButton } from "./components/button";
import { EmailEventCard } from "./components/event-card";
import { EmailLayout, type EmailInstitute } from "./components/layout";
import { fineprint, heading, paragraph } from "./components/theme";
import type { EmailEvent } from "./email-event";
import { guestPreview } from "./invitation";

export type EventChangeEmailProps = {
  guestName: string;
  event: EmailEvent;
  kind: "updated" | "cancelled";
  /** "The time", "The place", in words. */
  changes: string[];
  reason: string | null;
  respondUrl: string | null;
  institute: EmailInstitute;
};

export function eventChangeSubject(kind: EventChangeEmailProps["kind"], title: string): string {
  return kind === "cancelled" ? `Cancelled: ${title}` : `Changed: ${title}`;
}

export default function EventChangeEmail({ guestName, event, kind, changes, reason, respondUrl, institute }: EventChangeEmailProps) {
  const cancelled = kind === "cancelled";
  return (
    <EmailLayout
      institute={institute}
      preview={eventChangeSubject(kind, event.title)}
      reason={`you were invited to this event by ${institute.name}.`}
    >
      <Heading as="h1" style={heading}>
        {cancelled ? "This event is cancelled" : "This event has changed"}
      </Heading>
      <Text style={paragraph}>Dear {guestName},</Text>
      <Text style={paragraph}>
        {cancelled
          ? "We are sorry to tell you that the event below will not take place. The attached file removes it from your calendar."
          : `${changes.length ? `${changes.join(" and ")} ${changes.length > 1 ? "have" : "has"} changed.` : "The details have changed."} The details below are the new ones, and the attached file updates your calendar.`}
      </Text>
      {reason ? <Text style={paragraph}>{reason}</Text> : null}
      <EmailEventCard event={event} showSpeakers={false} />
      {respondUrl && !cancelled ? (
        <EmailButton href={respondUrl}>See or change my answer</EmailButton>
      ) : null}
      <Text style={fineprint}>Questions: {event.contactEmail}.</Text>
    </EmailLayout>
  );
}

export const PreviewProps = {
  ...guestPreview,
  kind: "updated",
  changes: ["The time"],
  reason: null,
} satisfies EventChangeEmailProps;

EventChangeEmail.PreviewProps = PreviewProps;
