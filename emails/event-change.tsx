import { Heading, Section, Text } from "@react-email/components";
import { EmailButton } from "./components/button";
import { EmailEventCard } from "./components/event-card";
import { EmailLayout, type EmailInstitute } from "./components/layout";
import { colors, fineprint, fonts, heading, paragraph } from "./components/theme";
import type { EmailEvent } from "./email-event";
import { guestPreview } from "./invitation";

/** One thing that moved: "time" from "Tuesday 3 December…" to "Wednesday 4 December…". */
export type EventChangeMove = { what: "time" | "place"; was: string; now: string };

export type EventChangeEmailProps = {
  guestName: string;
  event: EmailEvent;
  kind: "updated" | "cancelled";
  /** "The time", "The place", in words. */
  changes: string[];
  /** The old and new time or place, when the email was queued with them. */
  moves?: EventChangeMove[];
  reason: string | null;
  respondUrl: string | null;
  institute: EmailInstitute;
};

export function eventChangeSubject(kind: EventChangeEmailProps["kind"], title: string): string {
  return kind === "cancelled" ? `Cancelled: ${title}` : `Changed: ${title}`;
}

const moveLabel = { ...fineprint, fontSize: "13px", letterSpacing: "0.06em", textTransform: "uppercase" as const, margin: "0 0 4px" };
const moveLine = { fontFamily: fonts.sans, fontSize: "15px", lineHeight: "22px", color: colors.ink, margin: "0" };

/** "New time / Was: … / Now: …", one block per thing that moved. */
function Moves({ moves }: { moves: EventChangeMove[] }) {
  return (
    <Section style={{ borderLeft: `3px solid ${colors.accent}`, padding: "4px 0 4px 16px", margin: "0 0 24px" }}>
      {moves.map((m, i) => (
        <div key={m.what} style={{ margin: i ? "16px 0 0" : "0" }}>
          <Text style={moveLabel}>{m.what === "time" ? "New time" : "New place"}</Text>
          <Text style={{ ...moveLine, color: colors.muted }}>
            Was: <span style={{ textDecoration: "line-through" }}>{m.was}</span>
          </Text>
          <Text style={{ ...moveLine, fontWeight: 600 }}>Now: {m.now}</Text>
        </div>
      ))}
    </Section>
  );
}

export default function EventChangeEmail({ guestName, event, kind, changes, moves, reason, respondUrl, institute }: EventChangeEmailProps) {
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
      {!cancelled && moves?.length ? <Moves moves={moves} /> : null}
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
  moves: [{ what: "time", was: "Wednesday 25 September 2026, 1:15–2:45 pm EDT", now: "Thursday 26 September 2026, 1:15–2:45 pm EDT" }],
  reason: null,
} satisfies EventChangeEmailProps;

EventChangeEmail.PreviewProps = PreviewProps;
