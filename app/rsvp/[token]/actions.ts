"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { deliverSoon } from "@/lib/email/trigger";
import { answerInvitation } from "@/lib/invitations/answer";
import { checkGuestAnswerLimits } from "@/lib/invitations/answer-limits";
import { findGuestByToken, type GuestPage } from "@/lib/invitations/queries";
import { proposeDelegate } from "@/lib/invitations/delegates";
import { acceptSchema, declineSchema, delegateSchema, onBehalfSchema } from "@/lib/invitations/schema";
import { personName } from "@/lib/people/display-name";
import { failureFrom, fieldErrorsOf, formValues, isForm, UNREADABLE, type ActionState } from "@/lib/safe-action";

const GONE = "This link no longer works. Please use the newest email from the organizers, or contact them.";

/** A guest's answer from their page: the link is their only credential. */
export async function answerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  const values = formValues(formData);
  const token = values.token ?? "";
  const db = getDb();
  let guest: GuestPage | null;
  try {
    guest = await findGuestByToken(db, token);
  } catch (e) {
    return failureFrom(e, values);
  }
  if (!guest) return { ok: false, formError: GONE };
  const schema = values.answer === "decline" ? declineSchema : acceptSchema;
  const parsed = schema.safeParse(values);
  const proxy = onBehalfSchema.safeParse(values);
  if (!parsed.success || !proxy.success) {
    return { ok: false, fieldErrors: { ...(parsed.success ? {} : fieldErrorsOf(parsed.error)), ...(proxy.success ? {} : fieldErrorsOf(proxy.error)) }, values };
  }
  let status: string;
  try {
    const answer = values.answer === "decline" ? { answer: "decline" as const, ...declineSchema.parse(values) } : { answer: "accept" as const, ...acceptSchema.parse(values) };
    const onBehalfOf = proxy.data.onBehalfOfName && proxy.data.onBehalfOfEmail ? { name: proxy.data.onBehalfOfName, email: proxy.data.onBehalfOfEmail } : null;
    const label = onBehalfOf ? `${onBehalfOf.name} for ${personName(guest.person)}` : personName(guest.person);
    await checkGuestAnswerLimits(db, { invitationId: guest.id, onBehalfOfEmail: onBehalfOf?.email ?? null });
    const result = await answerInvitation(db, guest.eventId, guest.id, answer, { actor: { kind: "guest", label }, onBehalfOf });
    status = result.status;
  } catch (e) {
    return failureFrom(e, values);
  }
  deliverSoon();
  redirect(`/rsvp/${token}?saved=${status}`);
}

/** "Send a delegate instead": the guest names someone; staff decide. */
export async function delegateAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  const values = formValues(formData);
  const token = values.token ?? "";
  const db = getDb();
  let guest: GuestPage | null;
  try {
    guest = await findGuestByToken(db, token);
  } catch (e) {
    return failureFrom(e, values);
  }
  if (!guest) return { ok: false, formError: GONE };
  const parsed = delegateSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  try {
    await proposeDelegate(db, guest.eventId, guest.id, parsed.data, { actor: { kind: "guest", label: personName(guest.person) } });
  } catch (e) {
    return failureFrom(e, values);
  }
  deliverSoon();
  redirect(`/rsvp/${token}?saved=delegate_pending`);
}
