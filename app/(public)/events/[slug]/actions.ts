"use server";

import { getDb } from "@/db";
import { requestClientAddress } from "@/lib/client-address";
import { deliverSoon } from "@/lib/email/trigger";
import { isValidSlug } from "@/lib/events/slug";
import { eventForRegistration } from "@/lib/invitations/queries";
import { registerForEvent } from "@/lib/invitations/registration";
import { registrationSchema } from "@/lib/invitations/schema";
import { failureFrom, fieldErrorsOf, formValues, isForm, UNREADABLE, type ActionState } from "@/lib/safe-action";

export async function registerAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  const values = formValues(formData);
  const done: ActionState = {
    ok: true,
    message: `Thank you. We have emailed ${values.email?.trim().toLowerCase() ?? "you"} a confirmation with your personal link: open it to see your place or change your answer.`,
  };
  // A field people cannot see: only robots fill it in. They are told what anyone is told.
  if (values.website) return done;
  const parsed = registrationSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const slug = values.slug ?? "";
  let event: Awaited<ReturnType<typeof eventForRegistration>> | null = null;
  try {
    if (isValidSlug(slug)) event = await eventForRegistration(getDb(), slug);
  } catch (e) {
    return failureFrom(e, values);
  }
  if (!event) return { ok: false, formError: "This event does not take registrations.", values };
  try {
    await registerForEvent(getDb(), event.id, parsed.data, { clientAddress: await requestClientAddress() });
  } catch (e) {
    return failureFrom(e, values);
  }
  deliverSoon();
  return done;
}
