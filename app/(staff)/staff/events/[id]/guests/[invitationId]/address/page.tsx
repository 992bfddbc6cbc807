import type { Metadata } from "next";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { Card, CardContent, CardHeader, CardTitle, Field, Input } from "@/components/ui";
import { personName } from "@/lib/people/display-name";
import { PERSON_LIMITS } from "@/lib/people/schema";
import { correctAddressAction } from "../../actions";
import { loadGuestPage, type GuestPageParams } from "../load";

export const metadata: Metadata = { title: "Correct an address" };

export default async function CorrectAddressPage({ params }: { params: GuestPageParams }) {
  const { event, invitation, person } = await loadGuestPage(params);
  return (
    <Card className="max-w-xl">
      <CardHeader>
        <CardTitle as="h2">Correct the address of {personName(person)}</CardTitle>
      </CardHeader>
      <CardContent className="space-y-4 text-sm">
        <p className="text-muted">
          {invitation.bouncedAt ? `The invitation to ${person.email} bounced. ` : ""}The directory takes the new address, and the invitation goes again to it, with the same
          link.
        </p>
        <ActionForm action={correctAddressAction} fields={{ eventId: event.id, invitationId: invitation.id }} label="Save and send again" pendingLabel="Sending…">
          <Field label="Email" htmlFor="correct-email" required>
            {(p) => <Input name="email" type="email" defaultValue={person.email ?? ""} maxLength={PERSON_LIMITS.email} autoComplete="off" {...p} />}
          </Field>
        </ActionForm>
        <BackLink href={`/staff/events/${event.id}/guests`}>Back to the guest list</BackLink>
      </CardContent>
    </Card>
  );
}
