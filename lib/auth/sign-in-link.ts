import "server-only";
import { verificationTokens } from "@/db/schema";
import type { Db } from "@/db/types";
import { enqueueEmail } from "@/lib/email/enqueue";
import { appUrl, env } from "@/lib/env";
import { consumeRateLimit } from "@/lib/rate-limit";
import { findStaffByEmail } from "@/lib/staff/queries";
import { getAuthSecret } from "./secret";
import { hashVerificationToken, newToken, SIGN_IN_LINK_MINUTES } from "./tokens";

const HOUR = 3_600_000;
export const LINKS_PER_ADDRESS_PER_HOUR = 5;
export const LINKS_PER_IP_PER_HOUR = 20;

export type RateCheck = { allowed: true } | { allowed: false; retryAfterMs: number };

/**
 * Counted for every address asked about, known or not, so the limits reveal
 * nothing about who is on the staff list.
 */
export async function checkSignInRateLimits(db: Db, email: string, ip: string, now = new Date()): Promise<RateCheck> {
  const byIp = await consumeRateLimit(db, `sign-in:ip:${ip}`, { limit: LINKS_PER_IP_PER_HOUR, windowMs: HOUR, now });
  if (!byIp.allowed) return { allowed: false, retryAfterMs: byIp.retryAfterMs };
  const byAddress = await consumeRateLimit(db, `sign-in:email:${email}`, { limit: LINKS_PER_ADDRESS_PER_HOUR, windowMs: HOUR, now });
  if (!byAddress.allowed) return { allowed: false, retryAfterMs: byAddress.retryAfterMs };
  return { allowed: true };
}

/**
 * For a staff address: stores the hashed token and queues the email in one
 * transaction. For any other address: nothing. The caller runs this after
 * the response is sent, so both answers take the same time.
 */
export async function issueSignInLinkIfStaff(
  db: Db,
  input: { email: string; callbackPath: string; now?: Date },
): Promise<{ issued: boolean }> {
  const staff = await findStaffByEmail(db, input.email);
  if (!staff) return { issued: false };
  const now = input.now ?? new Date();
  const token = newToken();
  const secret = await getAuthSecret(db);
  const url = `${appUrl()}/sign-in/verify?${new URLSearchParams({ token, email: staff.email, callbackUrl: input.callbackPath })}`;
  await db.transaction(async (tx) => {
    await tx.insert(verificationTokens).values({
      identifier: staff.email,
      token: hashVerificationToken(token, secret),
      expires: new Date(now.getTime() + SIGN_IN_LINK_MINUTES * 60_000),
    });
    await enqueueEmail(tx, { to: staff.email, template: "sign-in", props: { url } });
  });
  // A convenience for whoever runs Convene on their own machine; never in production logs.
  if (env.NODE_ENV === "development") console.log(`Sign-in link for ${staff.email}: ${url}`);
  return { issued: true };
}
