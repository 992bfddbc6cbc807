import type { Metadata } from "next";
import { RecordAnswerForm } from "@/components/guests/record-answer-form";
import { BackLink } from "@/components/staff/back-link";
import { Card, CardContent, CardHeader, CardTitle, StatusBadge } from "@/components/ui";
import { personName } from "@/lib/people/display-name";
import { recordAnswerAction } from "../../actions";
import { loadGuestPage, type GuestPageParams } from "../load";

export const metadata: Metadata = { title: "Record an answer" };

export default async function RecordAnswerPage({ params }: { params: GuestPageParams }) {
  const { event, invitation, person } = await loadGuestPage(params);
  return (
    <Card className="max-w-2xl">
      <CardHeader>
        <CardTitle as="h2">Record an answer for {personName(person)}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <p className="flex items-center gap-2 text-muted">
          Now: <StatusBadge status={invitation.status} />
        </p>
        <p className="text-muted">For an answer that came by phone, letter or through an assistant. It counts like the guest’s own (capacity and waitlist included), also after the reply date, and the history keeps who recorded it and why.</p>
        <RecordAnswerForm
          action={recordAnswerAction}
          eventId={event.id}
          invitationId={invitation.id}
          asks={{ plusOne: event.plusOnesAllowed, dietary: event.askDietary, accessibility: event.askAccessibility }}
          current={{ plusOneName: invitation.plusOneName, dietary: invitation.dietary, accessibility: invitation.accessibility }}
        />
        <BackLink href={`/staff/events/${event.id}/guests`}>Back to the guest list</BackLink>
      </CardContent>
    </Card>
  );
}
