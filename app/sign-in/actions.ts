"use server";

import { redirect } from "next/navigation";
import { after } from "next/server";
import { getDb } from "@/db";
import { requestClientAddress } from "@/lib/client-address";
import { checkSignInRateLimits, issueSignInLinkIfStaff } from "@/lib/auth/sign-in-link";
import { safeCallbackPath } from "@/lib/auth/tokens";
import { deliverNow } from "@/lib/email/trigger";
import { failureFrom, fieldErrorsOf, formValues, isForm, UNREADABLE, type ActionState } from "@/lib/safe-action";
import { signInSchema } from "./schema";

export async function requestSignIn(_previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  const values = formValues(formData);
  const parsed = signInSchema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const { email } = parsed.data;
  const db = getDb();
  let addressLimited: boolean;
  try {
    const limit = await checkSignInRateLimits(db, email, await requestClientAddress());
    if (!limit.allowed) {
      const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
      return { ok: false, formError: `Too many sign-in links were asked for. Please try again in ${minutes} minutes.`, values };
    }
    addressLimited = limit.addressLimited;
  } catch (e) {
    return failureFrom(e, values);
  }
  const callbackPath = safeCallbackPath(parsed.data.callbackUrl);
  // The lookup and the email happen after the answer, so a known and an
  // unknown address get the same page in the same time.
  after(async () => {
    try {
      const { issued } = await issueSignInLinkIfStaff(db, { email, callbackPath, addressLimited });
      if (issued) await deliverNow();
    } catch (e) {
      console.error("Could not issue a sign-in link:", e);
    }
  });
  redirect(`/sign-in/check-email?${new URLSearchParams(addressLimited ? { email, limited: "1" } : { email })}`);
}
