"use server";

import { redirect } from "next/navigation";
import { deliverNow } from "@/lib/email/trigger";
import { DomainError } from "@/lib/errors";
import { checkOptInRequestLimits } from "@/lib/opt-out/limits";
import { sendOptInLinkIfOptedOut } from "@/lib/opt-out/mutations";
import { optInRequestSchema } from "@/lib/opt-out/schema";
import { publicAction } from "@/lib/safe-action";
import { afterResponse } from "@/lib/server/after-response";

/**
 * Anyone may ask; only an opted-out person's address gets a link. The lookup
 * and the email happen after the answer, so every address gets the same
 * words in the same time.
 */
export const requestOptInLink = publicAction(optInRequestSchema, async ({ email }, { db, clientAddress }) => {
  const limit = await checkOptInRequestLimits(db, clientAddress, email);
  if (!limit.allowed) {
    const minutes = Math.max(1, Math.ceil(limit.retryAfterMs / 60_000));
    throw new DomainError(`Too many links were asked for. Please try again in ${minutes} minutes.`);
  }
  if (!limit.addressLimited) {
    afterResponse(async () => {
      try {
        if ((await sendOptInLinkIfOptedOut(db, email)).sent) await deliverNow();
      } catch (e) {
        console.error("Could not send an opt-in link:", e);
      }
    });
  }
  redirect("/opt-in?asked=1");
});
