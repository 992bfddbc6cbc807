import type { Db } from "@/db/types";
import { consumeRateLimit, type RateLimitResult } from "@/lib/rate-limit";

const HOUR = 3_600_000;

// The opt-out link is the only credential, so its posts are counted like the
// guest's page: per person for working links (a provider retrying, a second
// click), and per address for links that do not work (someone guessing). A
// mail provider posts from a few addresses for all its users, so working
// links are not counted by address. Asking for an opt-in link sends email:
// counted per address and per email address, like sign-in links.
export const OPT_OUT_LIMITS = {
  perPerson: { limit: 10, windowMs: HOUR },
  badLinksPerAddress: { limit: 20, windowMs: HOUR },
  optInRequestsPerAddress: { limit: 10, windowMs: HOUR },
  optInRequestsPerEmail: { limit: 3, windowMs: HOUR },
} as const;

export function countPersonPost(db: Db, scope: "opt-out" | "opt-in", personId: string, now?: Date): Promise<RateLimitResult> {
  return consumeRateLimit(db, `${scope}:person:${personId}`, { ...OPT_OUT_LIMITS.perPerson, now });
}

export function countBadLink(db: Db, clientAddress: string, now?: Date): Promise<RateLimitResult> {
  return consumeRateLimit(db, `opt-out:bad-link:${clientAddress}`, { ...OPT_OUT_LIMITS.badLinksPerAddress, now });
}

/** Whether an opt-in link may be asked for now, and whether this email address is over its own limit (then nothing is sent, silently). */
export async function checkOptInRequestLimits(db: Db, clientAddress: string, email: string, now?: Date): Promise<{ allowed: boolean; retryAfterMs: number; addressLimited: boolean }> {
  const byAddress = await consumeRateLimit(db, `opt-in-request:ip:${clientAddress}`, { ...OPT_OUT_LIMITS.optInRequestsPerAddress, now });
  if (!byAddress.allowed) return { allowed: false, retryAfterMs: byAddress.retryAfterMs, addressLimited: false };
  const byEmail = await consumeRateLimit(db, `opt-in-request:email:${email.trim().toLowerCase()}`, { ...OPT_OUT_LIMITS.optInRequestsPerEmail, now });
  return { allowed: true, retryAfterMs: 0, addressLimited: !byEmail.allowed };
}
