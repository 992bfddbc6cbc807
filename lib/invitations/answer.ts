import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import { preparedEverywhere } from "@/db/per-database";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { enqueueEmail } from "@/lib/email/enqueue";
import { DomainError } from "@/lib/errors";
import { lockEvent, placeFor, waitlistPosition, waitlistStanding, type LockedEvent } from "./capacity";
import { waitlistReason } from "./waitlist-reason";
import { currentLink, guestLinkKey, issueLink } from "./links";
import { greetingName, guestEmailContext, invitationCalendar, type GuestEmailContext } from "./guest-email-context";
import type { AnswerOutcome } from "@/emails/answer";
import type { GuestAnswer } from "./schema";
import { personName } from "@/lib/people/display-name";
import { dropReminders, scheduleReminders } from "./reminders";
import { canMove, seatsFor, type InvitationStatus } from "./status";
import { checkInQrAttachment, ensureCheckInCode, freshCheckInCode } from "./check-in-code";

type InvitationRow = typeof invitations.$inferSelect;

export type AnswerResult = { status: "accepted" | "waitlisted" | "declined"; waitlistPosition: number | null };

/** Why a guest can no longer answer on their own, in words; null while they can. */
export function answersClosedReason(event: Pick<LockedEvent, "status" | "endsAt" | "rsvpDeadline">, now: Date): string | null {
  if (event.status === "cancelled") return "This event has been cancelled.";
  if (event.endsAt.getTime() <= now.getTime()) return "This event has taken place.";
  if (event.rsvpDeadline && event.rsvpDeadline.getTime() <= now.getTime()) return "The date to answer has passed.";
  return null;
}

/** The invitation, locked for this transaction; refused when it is not this event's. */
export async function lockInvitation(tx: Db, eventId: string, invitationId: string): Promise<InvitationRow> {
  const [row] = await lockInvitationQuery(tx).execute({ invitationId, eventId });
  if (!row) throw new DomainError("This invitation no longer exists.");
  return row;
}

/**
 * The guest's link for another email: the one they have, or a new one when
 * none can be derived (the old one then stops working, which the email says).
 */
export async function linkFor(tx: Db, invitation: InvitationRow): Promise<string> {
  const key = await guestLinkKey(tx);
  const existing = currentLink(key, invitation);
  if (existing) return existing;
  const link = issueLink(key, invitation.id);
  await tx.update(invitations).set({ linkNonce: link.nonce, tokenHash: link.tokenHash }).where(eq(invitations.id, invitation.id));
  return link.url;
}

type PersonRow = typeof people.$inferSelect;

async function guestOf(tx: Db, personId: string): Promise<PersonRow> {
  const [person] = await guestOfQuery(tx).execute({ personId });
  return person;
}

// A guest's answer runs both in its transaction: their SQL (every column) is built once.
const lockInvitationQuery = preparedEverywhere((db) =>
  db
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, sql.placeholder("invitationId")), eq(invitations.eventId, sql.placeholder("eventId"))))
    .for("update")
    .prepare("lock_invitation"),
);
const guestOfQuery = preparedEverywhere((db) => db.select().from(people).where(eq(people.id, sql.placeholder("personId"))).prepare("guest_of"));

/** Queues the email that tells a guest where their answer landed, with the calendar file when they have a seat. */
export async function emailOutcome(
  tx: Db,
  ctx: GuestEmailContext,
  invitation: InvitationRow,
  outcome: AnswerOutcome,
  position: number | null,
  extraRecipient?: string | null,
  note?: string | null,
  /** The guest's person row, when the caller has read it already. */
  known?: PersonRow,
) {
  const person = known ?? (await guestOf(tx, invitation.personId));
  const seated = outcome === "accepted" || outcome === "promoted" || (outcome === "link" && invitation.status === "accepted");
  // Sent together (one round trip; the connection runs them in this order): the link, where a waitlisted guest
  // stands ("full" only when every seat is taken, waitlist-reason.ts), and a seated guest's door code, given now,
  // in this transaction, to carry as a QR image to show at the door.
  const [respondUrl, standing, checkInCode] = await Promise.all([
    linkFor(tx, invitation),
    outcome === "waitlisted" ? waitlistStanding(tx, invitation.id) : null,
    seated ? ensureCheckInCode(tx, invitation) : null,
  ]);
  // The calendar names the guest as attendee; a guest with no address of their own is reached through whoever answered for them.
  const attendeeEmail = person.email ?? extraRecipient;
  const attachments = [
    ...(seated && attendeeEmail ? [invitationCalendar(ctx, { invitationId: invitation.id, name: greetingName(person), email: attendeeEmail, status: "accepted" }, "request")] : []),
    ...(checkInCode ? [checkInQrAttachment(checkInCode)] : []),
  ];
  const recipients = [person.email, extraRecipient].filter((e): e is string => Boolean(e));
  for (const to of new Set(recipients.map((r) => r.toLowerCase()))) {
    await enqueueEmail(tx, {
      to,
      template: "answer",
      props: {
        guestName: greetingName(person),
        event: ctx.emailEvent,
        respondUrl,
        outcome,
        waitlistPosition: position,
        waitlistReason: standing ? waitlistReason(standing) : null,
        plusOneName: invitation.plusOneName,
        note: note ?? null,
        checkInCode,
      },
      attachments,
      eventId: ctx.event.id,
      invitationId: invitation.id,
    });
  }
}

/**
 * Gives freed seats to the waitlist, first come first served: promotes in
 * order while the next guest (and the person they bring) fits, and stops at
 * the first who does not, so nobody is passed over by a smaller party.
 * The caller holds the event lock.
 */
export async function promoteWaitlist(tx: Db, event: LockedEvent, actor: Actor, now = new Date()): Promise<string[]> {
  if (event.status !== "scheduled" || event.endsAt.getTime() <= now.getTime()) return [];
  const waiting = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.eventId, event.id), eq(invitations.status, "waitlisted")))
    .orderBy(asc(invitations.waitlistedAt), asc(invitations.id))
    .for("update");
  const promoted: string[] = [];
  let ctx: GuestEmailContext | undefined;
  for (const guest of waiting) {
    if ((await placeFor(tx, { ...event, waitlistEnabled: true }, seatsFor(guest.plusOneName))) !== "accepted") break;
    const [row] = await tx
      .update(invitations)
      .set({ status: "accepted", waitlistedAt: null, updatedAt: now })
      .where(eq(invitations.id, guest.id))
      .returning();
    ctx ??= await guestEmailContext(tx, event);
    await emailOutcome(tx, ctx, row, "promoted", null);
    await scheduleReminders(tx, event, [guest.id], now, ctx);
    await recordAudit(tx, actor, {
      action: "invitation.promoted",
      entityType: "invitation",
      entityId: guest.id,
      eventId: event.id,
      before: { status: "waitlisted" },
      after: { status: "accepted" },
    });
    promoted.push(guest.id);
  }
  return promoted;
}

export type AnswerOptions = {
  actor: Actor;
  now?: Date;
  /** Staff may answer for a guest after the deadline; guests may not. */
  ignoreDeadline?: boolean;
  /** An assistant answering for the guest: recorded, and copied on the confirmation. */
  onBehalfOf?: { name: string; email: string } | null;
  recordedById?: string | null;
  /** Why staff recorded this answer, for the history. */
  reason?: string | null;
};

/**
 * A guest's answer, in one transaction with the event row locked: accepted
 * guests and the people they bring never exceed the capacity; when full, an
 * acceptance joins the waitlist; a decline frees seats for the waitlist. The
 * confirmation email is queued in the same transaction, only when the answer
 * changed: the same answer again writes and sends nothing.
 */
export async function answerInvitation(db: Db, eventId: string, invitationId: string, answer: GuestAnswer, opts: AnswerOptions): Promise<AnswerResult> {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    // Both locks in one round trip, taken in the order they are sent: the
    // event's first, as every change of seats takes it (capacity.ts).
    const [event, before] = await Promise.all([lockEvent(tx, eventId), lockInvitation(tx, eventId, invitationId)]);
    const closed = answersClosedReason(event, now);
    if (closed && !(opts.ignoreDeadline && event.status !== "cancelled")) throw new DomainError(`${closed} Your answer was not changed.`);
    const wasSeated = before.status === "accepted";
    const seatsHeld = wasSeated ? 1 + before.plusOnes : 0;
    const common = {
      respondedAt: now,
      updatedAt: now,
      onBehalfOfName: opts.onBehalfOf?.name ?? null,
      onBehalfOfEmail: opts.onBehalfOf?.email ?? null,
      recordedById: opts.recordedById ?? null,
    };

    let change: AnswerChange;
    if (answer.answer === "accept") {
      const plusOneName = event.plusOnesAllowed ? answer.plusOneName : null;
      const wanted = seatsFor(plusOneName);
      const same = before.status === "accepted" || before.status === "waitlisted";
      if (!same && !canMove(before.status, "accepted")) throw refusal(before.status);
      let placement = await placeFor(tx, event, wanted, seatsHeld, { invitationId }).catch((e: unknown) => {
        if (wasSeated) return "full" as const;
        throw e;
      });
      if (placement === "full" || (wasSeated && placement === "waitlisted")) {
        // Someone seated who now wants to bring a guest keeps their own seat
        // rather than losing it to the waitlist.
        if (wanted > seatsHeld) throw new DomainError("There is no room for an additional guest. You keep your own place.", "plusOneName");
        placement = "accepted";
      }
      // A waitlisted guest keeps their place in line while seats are still taken.
      const status = before.status === "waitlisted" && placement === "waitlisted" ? "waitlisted" : placement;
      change = {
        status,
        plusOneName,
        plusOnes: plusOneName ? 1 : 0,
        dietary: event.askDietary ? answer.dietary : null,
        accessibility: event.askAccessibility ? answer.accessibility : null,
        message: null,
        // The database's clock, read under the event lock: places in line follow the order answers were taken.
        waitlistedAt: status === "waitlisted" ? (before.waitlistedAt ?? sql`clock_timestamp()`) : null,
      };
    } else {
      if (before.status !== "declined" && !canMove(before.status, "declined")) throw refusal(before.status);
      change = { status: "declined", message: answer.message, plusOneName: null, plusOnes: 0, waitlistedAt: null };
    }
    const next = change.status;
    // The same answer again (a second tap, a form sent twice, fifty at once) is
    // decided here, under the row lock: it changes nothing and emails nobody.
    if (isSameAnswer(before, change)) return { status: next, waitlistPosition: next === "waitlisted" ? await waitlistPosition(tx, invitationId) : null };
    // A guest seated for the first time gets their door code with the same write (ensureCheckInCode later finds it).
    const code = next === "accepted" && !before.checkInCode ? { checkInCode: freshCheckInCode(eventId) } : {};
    const [row] = await tx
      .update(invitations)
      .set({ ...common, ...change, ...code })
      .where(eq(invitations.id, invitationId))
      .returning();

    // What the email, the history and the reminder need is read together, and
    // the three writes (none depends on another) are sent together: a guest's
    // answer costs a few round trips to the database, not one per statement.
    const [ctx, person, position] = await Promise.all([
      guestEmailContext(tx, event),
      guestOf(tx, row.personId),
      next === "waitlisted" ? waitlistPosition(tx, invitationId) : Promise.resolve(null),
    ]);
    await Promise.all([
      emailOutcome(tx, ctx, row, next, position, opts.onBehalfOf?.email, null, person),
      recordAudit(tx, opts.actor, {
        action: `invitation.${next}`,
        entityType: "invitation",
        entityId: invitationId,
        eventId,
        before: { status: before.status, plusOneName: before.plusOneName },
        after: { status: next, plusOneName: row.plusOneName, onBehalfOf: opts.onBehalfOf?.email ?? undefined },
        reason: opts.reason ?? null,
        labels: { [invitationId]: personName(person) },
      }),
      next === "accepted"
        ? scheduleReminders(tx, event, [invitationId], now, ctx, [{ invitation: row, person }])
        : dropReminders(tx, { eventId, invitationIds: [invitationId] }),
    ]);
    const seatsNow = next === "accepted" ? 1 + row.plusOnes : 0;
    // Seats freed, or a guest left the line: the head of the line may have changed to one who fits.
    if (seatsNow < seatsHeld || (before.status === "waitlisted" && next !== "waitlisted")) await promoteWaitlist(tx, event, opts.actor, now);
    return { status: next as AnswerResult["status"], waitlistPosition: position };
  });
}

/** What an answer sets; only its own fields, so comparing it with the row says whether anything changed. */
type AnswerChange = {
  status: AnswerResult["status"];
  plusOneName: string | null;
  plusOnes: number;
  dietary?: string | null;
  accessibility?: string | null;
  message: string | null;
  waitlistedAt: Date | SQL | null;
};

/** Whether the guest gave the answer they had already given: same status, same details. */
function isSameAnswer(before: InvitationRow, change: AnswerChange): boolean {
  const same = (a: string | null | undefined, b: string | null | undefined) => (a ?? null) === (b ?? null);
  return (
    before.status === change.status &&
    same(before.plusOneName, change.plusOneName) &&
    same(before.message, change.message) &&
    (change.dietary === undefined || same(before.dietary, change.dietary)) &&
    (change.accessibility === undefined || same(before.accessibility, change.accessibility))
  );
}

function refusal(status: InvitationStatus): DomainError {
  switch (status) {
    case "not_sent":
      return new DomainError("This invitation has not been sent yet.");
    case "cancelled":
      return new DomainError("This invitation has been withdrawn. Please contact the organizers.");
    case "delegated":
      return new DomainError("You sent a delegate in your place, so this invitation can no longer be answered.");
    case "delegate_pending":
      return new DomainError("Your delegate is waiting for the organizers' approval.");
    default:
      return new DomainError("This answer cannot be given now.");
  }
}
