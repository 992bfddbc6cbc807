import "server-only";
import { and, eq, gt } from "drizzle-orm";
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

export type RateCheck =
  /** `addressLimited`: this address has had its 5 links this hour (see issueSignInLinkIfStaff). */
  | { allowed: true; addressLimited: boolean }
  | { allowed: false; retryAfterMs: number };

/**
 * Counted for every address asked about, known or not, so the limits reveal
 * nothing about who is on the staff list. Too many asks from one IP address
 * are refused. Too many for one address are not: refusing them would let
 * anyone lock a member of staff out by asking for their links; instead no
 * new link is sent while the last one still works.
 */
export async function checkSignInRateLimits(db: Db, email: string, ip: string, now = new Date()): Promise<RateCheck> {
  const byIp = await consumeRateLimit(db, `sign-in:ip:${ip}`, { limit: LINKS_PER_IP_PER_HOUR, windowMs: HOUR, now });
  if (!byIp.allowed) return { allowed: false, retryAfterMs: byIp.retryAfterMs };
  const byAddress = await consumeRateLimit(db, `sign-in:email:${email}`, { limit: LINKS_PER_ADDRESS_PER_HOUR, windowMs: HOUR, now });
  return { allowed: true, addressLimited: !byAddress.allowed };
}

/** Whether `email` holds a sign-in link that still works (Auth.js deletes a link when it is used). */
async function hasWorkingLink(db: Db, email: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ expires: verificationTokens.expires })
    .from(verificationTokens)
    .where(and(eq(verificationTokens.identifier, email), gt(verificationTokens.expires, now)))
    .limit(1);
  return row !== undefined;
}

/**
 * For a staff address: stores the hashed token and queues the email in one
 * transaction — unless the address is over its hourly limit and still holds
 * a working link, which then stays the one to use. For any other address:
 * nothing. The caller runs this after the response is sent, so every answer
 * takes the same time and says the same thing.
 */
export async function issueSignInLinkIfStaff(
  db: Db,
  input: { email: string; callbackPath: string; now?: Date; addressLimited?: boolean },
): Promise<{ issued: boolean }> {
  const staff = await findStaffByEmail(db, input.email);
  if (!staff) return { issued: false };
  const now = input.now ?? new Date();
  if (input.addressLimited && (await hasWorkingLink(db, staff.email, now))) return { issued: false };
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
