import "server-only";
import type { Db } from "@/db/types";
import { DomainError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit";

const HOUR = 3_600_000;

// The guest's page answers whoever holds the link, and an answer given "for"
// someone copies the confirmation to the address typed in. A person changes
// their mind a few times; an assistant answers for a handful of principals.
// Beyond these, someone is using the page to send email, and the page stops
// taking answers for the rest of the hour. (An unchanged answer sends nothing
// at all: lib/invitations/answer.ts.)
export const ANSWER_LIMITS = {
  /** Answers from one personal link. */
  perInvitation: { limit: 10, windowMs: HOUR },
  /** Answers naming one assistant's address, from any links. */
  perOnBehalfAddress: { limit: 10, windowMs: HOUR },
} as const;

function minutes(ms: number) {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m === 1 ? "a minute" : `${m} minutes`;
}

/**
 * Counts a guest's answer from their page, before it is taken. Staff
 * recording answers are not counted. Throws a refusal the page shows.
 */
export async function checkGuestAnswerLimits(db: Db, input: { invitationId: string; onBehalfOfEmail: string | null; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const byLink = await consumeRateLimit(db, `answer:invitation:${input.invitationId}`, { ...ANSWER_LIMITS.perInvitation, now });
  if (!byLink.allowed) {
    throw new DomainError(`This invitation has been answered many times in a short while. Please try again in ${minutes(byLink.retryAfterMs)}.`);
  }
  if (!input.onBehalfOfEmail) return;
  const byAssistant = await consumeRateLimit(db, `answer:on-behalf:${input.onBehalfOfEmail.toLowerCase()}`, { ...ANSWER_LIMITS.perOnBehalfAddress, now });
  if (!byAssistant.allowed) {
    throw new DomainError(`Too many answers have been given for ${input.onBehalfOfEmail} in a short while. Please try again in ${minutes(byAssistant.retryAfterMs)}.`, "onBehalfOfEmail");
  }
}
