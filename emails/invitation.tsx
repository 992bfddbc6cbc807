import { Heading, Text } from "@react-email/components";
import { EmailButton } from "./components/button";
import { EmailEventCard } from "./components/event-card";
import { EmailLayout, type EmailInstitute } from "./components/layout";
import { fineprint, heading, paragraph } from "./components/theme";
import type { EmailEvent } from "./email-event";

export type InvitationEmailProps = {
  guestName: string;
  event: EmailEvent;
  /** The guest's personal page; the one button. */
  respondUrl: string;
  /** "Friday 20 September" when the event has a deadline. */
  respondBy: string | null;
  /** A re-sent invitation says so, so the guest knows which email to use. */
  resent: boolean;
  /** The guest's "stop invitations" link (and List-Unsubscribe header); absent on emails queued before it existed. */
  optOutUrl?: string | null;
  institute: EmailInstitute;
};

export default function InvitationEmail({ guestName, event, respondUrl, respondBy, resent, optOutUrl, institute }: InvitationEmailProps) {
  return (
    <EmailLayout
      institute={institute}
      preview={`${event.hosts} invites you to ${event.title}, ${event.when}`}
      reason={`${institute.name} invited you to this event. The link is personal to you; please do not forward it.`}
      optOutUrl={optOutUrl}
    >
      <Heading as="h1" style={heading}>
        You are invited
      </Heading>
      <Text style={paragraph}>Dear {guestName},</Text>
      <Text style={paragraph}>
        It is our pleasure to invite you to the following event, hosted by {event.hosts}.
        {resent ? " We are sending your invitation again; this link is the one to use." : ""}
      </Text>
      <EmailEventCard event={event} />
      <EmailButton href={respondUrl}>Respond</EmailButton>
      <Text style={fineprint}>
        {respondBy ? `Please respond by ${respondBy}. ` : ""}You can change your answer later from the same link. Questions: {event.contactEmail}.
      </Text>
    </EmailLayout>
  );
}

/** The guest, event and institute every guest email previews with. */
export const guestPreview = {
  guestName: "H.E. Ms. Ine Eriksen Søreide",
  respondUrl: "http://localhost:3000/rsvp/preview-link",
  event: {
    title: "Human Rights and the 2030 Agenda",
    subtitle: "The thirteenth annual Trygve Lie Symposium",
    when: "Thursday 26 September 2026, 1:15–2:45 pm EDT",
    day: "26",
    month: "Sep",
    weekday: "Thursday",
    venue: "International Peace Institute, 777 United Nations Plaza, New York",
    hosts: "IPI, together with the Norwegian Ministry of Foreign Affairs",
    attribution: "On the record: remarks may be quoted and attributed to the speaker.",
    speakers: [
      {
        label: "Opening remarks",
        names: ["H.E. Ms. Ine Eriksen Søreide, Minister of Foreign Affairs of Norway"],
        people: [{ name: "H.E. Ms. Ine Eriksen Søreide", credentials: "Minister of Foreign Affairs of Norway" }],
      },
      {
        label: "Speakers",
        names: ["Ms. Kate Gilmore, United Nations Deputy High Commissioner for Human Rights", "Mr. Ivan Šimonović, Special Adviser of the Secretary-General on the Responsibility to Protect"],
        people: [
          { name: "Ms. Kate Gilmore", credentials: "United Nations Deputy High Commissioner for Human Rights" },
          { name: "Mr. Ivan Šimonović", credentials: "Special Adviser of the Secretary-General on the Responsibility to Protect" },
        ],
      },
      {
        label: "Moderator",
        names: ["Mr. Terje Rød-Larsen, President, International Peace Institute"],
        people: [{ name: "Mr. Terje Rød-Larsen", credentials: "President, International Peace Institute" }],
      },
    ],
    contactEmail: "events@convene.local",
    pageUrl: "http://localhost:3000/events/human-rights-and-the-2030-agenda",
  },
  institute: { name: "International Peace Institute", postalAddress: "777 United Nations Plaza, New York, NY 10017-3521" },
};

export const PreviewProps = { ...guestPreview, respondBy: "Friday 20 September", resent: false, optOutUrl: "http://localhost:3000/opt-out/preview-link" } satisfies InvitationEmailProps;

InvitationEmail.PreviewProps = PreviewProps;
