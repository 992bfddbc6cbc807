"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { answerInvitation } from "@/lib/invitations/answer";
import { checkGuestAnswerLimits } from "@/lib/invitations/answer-limits";
import { proposeDelegate } from "@/lib/invitations/delegates";
import { acceptSchema, declineSchema, delegateSchema, onBehalfSchema } from "@/lib/invitations/schema";
import { personName } from "@/lib/people/display-name";
import { guestAction } from "@/lib/safe-action";

// An answer, and who gave it when an assistant answers for the guest.
const acceptForm = z
  .intersection(acceptSchema, onBehalfSchema)
  .transform(({ onBehalfOfName, onBehalfOfEmail, ...given }) => ({ given: { answer: "accept" as const, ...given }, onBehalfOf: onBehalf(onBehalfOfName, onBehalfOfEmail) }));
const declineForm = z
  .intersection(declineSchema, onBehalfSchema)
  .transform(({ onBehalfOfName, onBehalfOfEmail, ...given }) => ({ given: { answer: "decline" as const, ...given }, onBehalfOf: onBehalf(onBehalfOfName, onBehalfOfEmail) }));

function onBehalf(name: string | null | undefined, email: string | null | undefined) {
  return name && email ? { name, email } : null;
}

/** A guest's answer from their page: the link is their only credential. */
export const answerAction = guestAction(
  (values) => (values.answer === "decline" ? declineForm : acceptForm),
  async ({ given, onBehalfOf }, { db, guest, token }) => {
    const label = onBehalfOf ? `${onBehalfOf.name} for ${personName(guest.person)}` : personName(guest.person);
    const result = await answerInvitation(db, guest.eventId, guest.id, given, { actor: { kind: "guest", label }, onBehalfOf });
    redirect(`/rsvp/${token}?saved=${result.status}`);
  },
  { limit: ({ onBehalfOf }, { db, guest }) => checkGuestAnswerLimits(db, { invitationId: guest.id, onBehalfOfEmail: onBehalfOf?.email ?? null }) },
);

/** "Send a delegate instead": the guest names someone; staff decide. */
export const delegateAction = guestAction(delegateSchema, async (input, { db, guest, token }) => {
  await proposeDelegate(db, guest.eventId, guest.id, input, { actor: { kind: "guest", label: personName(guest.person) } });
  redirect(`/rsvp/${token}?saved=delegate_pending`);
});
