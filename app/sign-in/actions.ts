"use server";

import { redirect } from "next/navigation";
import { checkSignInRateLimits, issueSignInLinkIfStaff } from "@/lib/auth/sign-in-link";
import { safeCallbackPath } from "@/lib/auth/tokens";
import { deliverNow } from "@/lib/email/trigger";
import { DomainError } from "@/lib/errors";
import { publicAction } from "@/lib/safe-action";
import { afterResponse } from "@/lib/server/after-response";
import { signInSchema } from "./schema";

export const requestSignIn = publicAction(signInSchema, async ({ email, callbackUrl }, { db, clientAddress }) => {
  const limit = await checkSignInRateLimits(db, email, clientAddress);
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
    throw new DomainError(`Too many sign-in links were asked for. Please try again in ${minutes} minutes.`);
  }
  const { addressLimited } = limit;
  const callbackPath = safeCallbackPath(callbackUrl);
  // The lookup and the email happen after the answer, so a known and an
  // unknown address get the same page in the same time.
  afterResponse(async () => {
    try {
      const { issued } = await issueSignInLinkIfStaff(db, { email, callbackPath, addressLimited });
      if (issued) await deliverNow();
    } catch (e) {
      console.error("Could not issue a sign-in link:", e);
    }
  });
  redirect(`/sign-in/check-email?${new URLSearchParams(addressLimited ? { email, limited: "1" } : { email })}`);
});
