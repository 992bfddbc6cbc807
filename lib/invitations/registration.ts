import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { consumeRateLimit } from "@/lib/rate-limit";
import { answersClosedReason, emailOutcome } from "./answer";
import { lockEvent, placeFor, placedNow, waitlistPosition } from "./capacity";
import { guestLinkKey, issueLink } from "./links";
import { guestEmailContext } from "./guest-email-context";
import { scheduleReminders } from "./reminders";
import type { RegistrationInput } from "./schema";

// Sane for a policy institute's events (tens to a few hundred seats, filled
// over days after an announcement). Many people share one address (a mission,
// a campus, an office behind one NAT), so one address may register up to ten
// people for an event in a day, and the rest are told to write to the
// organizers. A newsletter brings a handful of registrations a minute at
// most; twenty in ten minutes from anywhere is someone filling the seats
// from many addresses, and whoever comes then is told, honestly, to try again
// in a few minutes.
export const REGISTRATION_LIMITS = {
  /** Any events, from one address. */
  perAddress: { limit: 10, windowMs: 10 * 60_000 },
  /** One event, from one address: a delegation or a class, not the room. */
  perAddressPerEvent: { limit: 10, windowMs: 24 * 60 * 60_000 },
  /** One email address: registering again only re-sends the link. */
  perEmail: { limit: 3, windowMs: 60 * 60_000 },
  /** One event, from anywhere: a flood from many addresses fills at most this many seats per window. */
  perEvent: { limit: 20, windowMs: 10 * 60_000 },
} as const;

export const REGISTRATION_BUSY = "Registration is busy. Please try again in a few minutes.";

/** Whether an event takes registrations from its public page at all. */
export function opensRegistration(event: { status: string; visibility: string }): boolean {
  return event.status === "scheduled" && event.visibility === "public";
}

function wait(ms: number) {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  if (m > 90) return `${Math.ceil(m / 60)} hours`;
  return m === 1 ? "a minute" : `${m} minutes`;
}

/**
 * Counts a registration against each limit in turn and stops at the first it
 * exceeds, so someone refused for their own address or email does not also
 * use up the event's share for everyone else.
 */
async function checkRegistrationLimits(db: Db, eventId: string, email: string, address: string, now: Date): Promise<void> {
  const L = REGISTRATION_LIMITS;
  const byAddress = await consumeRateLimit(db, `register:address:${address}`, { ...L.perAddress, now });
  if (!byAddress.allowed) throw tooMany(`Too many registrations at once. Please try again in ${wait(byAddress.retryAfterMs)}.`);
  const byAddressHere = await consumeRateLimit(db, `register:event:${eventId}:address:${address}`, { ...L.perAddressPerEvent, now });
  if (!byAddressHere.allowed) throw tooMany(`Too many registrations for this event from your network. Please try again in ${wait(byAddressHere.retryAfterMs)}, or write to the organizers.`);
  const byEmail = await consumeRateLimit(db, `register:email:${email}`, { ...L.perEmail, now });
  if (!byEmail.allowed) throw tooMany(`Too many registrations at once. Please try again in ${wait(byEmail.retryAfterMs)}.`);
  const byEvent = await consumeRateLimit(db, `register:event:${eventId}`, { ...L.perEvent, now });
  if (!byEvent.allowed) throw tooMany(REGISTRATION_BUSY);
}

const tooMany = (message: string) => new DomainError(message);

/**
 * Registers someone for a public event from its page: finds them by email (or
 * adds them to the directory), gives them an invitation of their own under
 * the same capacity and waitlist rules as any guest, and emails the result
 * with their personal link. A second registration with the same email
 * creates nothing and emails the link again. The page shows the same words
 * either way, so nobody learns from it who else is coming.
 */
export async function registerForEvent(
  db: Db,
  eventId: string,
  input: RegistrationInput,
  opts: { clientAddress: string; now?: Date },
): Promise<void> {
  const now = opts.now ?? new Date();
  await checkRegistrationLimits(db, eventId, input.email, opts.clientAddress, now);

  await db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!opensRegistration(event)) throw new DomainError("This event does not take registrations.");
    const closed = answersClosedReason(event, now);
    if (closed) throw new DomainError(`${closed} Registration is closed.`);

    await tx
      .insert(people)
      .values({ ...input })
      .onConflictDoNothing();
    // The directory's entry wins over what a stranger typed: only a new person takes the form's details.
    const [person] = await tx.select().from(people).where(sql`lower(${people.email}) = ${input.email}`);
    const [existing] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.eventId, eventId), eq(invitations.personId, person.id)))
      .for("update");
    const ctx = await guestEmailContext(tx, event);
    if (existing && existing.status !== "not_sent") {
      // Withdrawn by staff: registering again does not undo their decision, and says nothing.
      if (existing.status === "cancelled") return;
      await emailOutcome(tx, ctx, existing, "link", await waitlistPosition(tx, existing.id));
      return;
    }
    // A newcomer (or someone on the list not yet invited) queues behind anyone already waiting.
    const placement = await placeFor(tx, event, 1, 0, { invitationId: null });
    const key = await guestLinkKey(tx);
    // On the list but not yet invited: their registration is their answer.
    const id = existing?.id ?? crypto.randomUUID();
    const link = issueLink(key, id);
    const values = placedNow(placement, now, link);
    const [row] = existing
      ? await tx.update(invitations).set(values).where(eq(invitations.id, id)).returning()
      : await tx.insert(invitations).values({ id, eventId, personId: person.id, source: "registered", ...values }).returning();
    await emailOutcome(tx, ctx, row, placement, placement === "waitlisted" ? await waitlistPosition(tx, id) : null);
    if (placement === "accepted") await scheduleReminders(tx, event, [id], now);
    await recordAudit(tx, { kind: "guest", label: `${input.givenName} ${input.familyName}` }, {
      action: "invitation.registered",
      entityType: "invitation",
      entityId: id,
      eventId,
      after: { status: placement, source: "registered" },
    });
  });
}
