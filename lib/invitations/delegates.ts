import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { invitations, people } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { personName } from "@/lib/people/display-name";
import { answersClosedReason, emailOutcome, lockInvitation, promoteWaitlist } from "./answer";
import { lockEvent, placeFor, placedNow } from "./capacity";
import { guestLinkKey, issueLink } from "./links";
import { guestEmailContext } from "./guest-email-context";
import { dropReminders, scheduleReminders } from "./reminders";
import type { DelegateInput } from "./schema";

type InvitationRow = typeof invitations.$inferSelect;

/** The delegate a guest proposed, waiting for staff: an invitation not yet sent, linked to the guest's. */
async function pendingDelegate(tx: Db, original: InvitationRow) {
  const [row] = await tx
    .select({ invitation: invitations, person: people })
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.delegatedFromId, original.id), eq(invitations.source, "delegate"), eq(invitations.status, "not_sent")))
    .for("update", { of: invitations });
  return row ?? null;
}

/**
 * "Send a delegate instead": the guest names someone to attend in their
 * place. The guest's invitation waits for staff (delegate_pending) and holds
 * one seat for the delegate; the delegate is in the directory and on the list,
 * not yet invited, until staff decide. A second proposal replaces the first.
 */
export async function proposeDelegate(db: Db, eventId: string, invitationId: string, delegate: DelegateInput, opts: { actor: Actor; now?: Date }) {
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    const closed = answersClosedReason(event, now);
    if (closed) throw new DomainError(`${closed} Please write to the organizers.`);
    const original = await lockInvitation(tx, eventId, invitationId);
    if (!["invited", "accepted", "declined", "delegate_pending"].includes(original.status)) {
      throw new DomainError(original.status === "waitlisted" ? "While you are on the waitlist, a delegate cannot be proposed." : "A delegate cannot be proposed for this invitation.");
    }
    const [guest] = await tx.select().from(people).where(eq(people.id, original.personId));
    if (guest.email && guest.email.toLowerCase() === delegate.email) throw new DomainError("The delegate needs an email address of their own.", "email");
    const held = original.status === "accepted" ? 1 + original.plusOnes : original.status === "delegate_pending" ? 1 : 0;
    if (held === 0 && (await placeFor(tx, { ...event, waitlistEnabled: false }, 1).catch(() => "full")) !== "accepted") {
      throw new DomainError("The event is full, so a delegate cannot be proposed now. Please write to the organizers.");
    }
    const previous = await pendingDelegate(tx, original);
    if (previous) await tx.delete(invitations).where(eq(invitations.id, previous.invitation.id));

    await tx.insert(people).values({ ...delegate }).onConflictDoNothing();
    const [person] = await tx.select().from(people).where(sql`lower(${people.email}) = ${delegate.email}`);
    const [listed] = await tx
      .select({ status: invitations.status })
      .from(invitations)
      .where(and(eq(invitations.eventId, eventId), eq(invitations.personId, person.id)));
    if (listed && listed.status !== "cancelled") throw new DomainError(`${personName(person)} is already on the guest list of this event.`, "email");
    if (listed) await tx.delete(invitations).where(and(eq(invitations.eventId, eventId), eq(invitations.personId, person.id)));
    await tx.insert(invitations).values({ eventId, personId: person.id, source: "delegate", status: "not_sent", delegatedFromId: original.id });

    const [row] = await tx
      .update(invitations)
      .set({ status: "delegate_pending", plusOneName: null, plusOnes: 0, respondedAt: now, updatedAt: now })
      .where(eq(invitations.id, original.id))
      .returning();
    await dropReminders(tx, { eventId, invitationIds: [original.id] });
    const ctx = await guestEmailContext(tx, event);
    await emailOutcome(tx, ctx, row, "delegate-proposed", null, null, `You proposed ${personName(person)}.`);
    await recordAudit(tx, opts.actor, {
      action: "invitation.delegate_proposed",
      entityType: "invitation",
      entityId: original.id,
      eventId,
      before: { status: original.status },
      after: { status: "delegate_pending", delegate: personName(person), delegateEmail: person.email },
    });
    if (held > 1) await promoteWaitlist(tx, event, opts.actor, now);
    return { delegateName: personName(person) };
  });
}

/**
 * Staff decide on a proposed delegate. Approved: the guest's invitation
 * closes as delegated and the delegate takes the seat it held, with an
 * invitation and link of their own (source delegate), a confirmation and a
 * calendar file. Refused: the delegate leaves the list and the guest's
 * invitation is open again. The guest is told either way.
 */
export async function decideDelegate(db: Db, actor: Actor, eventId: string, invitationId: string, approve: boolean, now = new Date()) {
  return db.transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    const original = await lockInvitation(tx, eventId, invitationId);
    if (original.status !== "delegate_pending") throw new DomainError("This guest has no delegate waiting for a decision.");
    const delegate = await pendingDelegate(tx, original);
    if (!delegate) throw new DomainError("The proposed delegate is no longer on the list.");
    const ctx = await guestEmailContext(tx, event);
    const [guest] = await tx.select().from(people).where(eq(people.id, original.personId));

    if (!approve) {
      await tx.delete(invitations).where(eq(invitations.id, delegate.invitation.id));
      const [row] = await tx.update(invitations).set({ status: "invited", respondedAt: null, updatedAt: now }).where(eq(invitations.id, original.id)).returning();
      await emailOutcome(tx, ctx, row, "delegate-declined", null);
      await recordAudit(tx, actor, {
        action: "invitation.delegate_refused",
        entityType: "invitation",
        entityId: original.id,
        eventId,
        before: { status: "delegate_pending", delegate: personName(delegate.person) },
        after: { status: "invited" },
      });
      await promoteWaitlist(tx, event, actor, now);
      return { approved: false as const };
    }

    const [closedRow] = await tx.update(invitations).set({ status: "delegated", updatedAt: now }).where(eq(invitations.id, original.id)).returning();
    // The seat the guest held is free now, and goes to their delegate first.
    const placement = await placeFor(tx, event, 1);
    const link = issueLink(await guestLinkKey(tx), delegate.invitation.id);
    const [seated] = await tx
      .update(invitations)
      .set(placedNow(placement, now, link))
      .where(eq(invitations.id, delegate.invitation.id))
      .returning();
    await emailOutcome(tx, ctx, seated, placement, null, null, `You attend on behalf of ${personName(guest)}, who asked you to take their place.`);
    await emailOutcome(tx, ctx, closedRow, "delegate-approved", null);
    if (placement === "accepted") await scheduleReminders(tx, event, [seated.id], now);
    await recordAudit(tx, actor, {
      action: "invitation.delegate_approved",
      entityType: "invitation",
      entityId: original.id,
      eventId,
      before: { status: "delegate_pending" },
      after: { status: "delegated", delegate: personName(delegate.person), delegateInvitationId: seated.id, delegateStatus: placement },
    });
    return { approved: true as const, delegateInvitationId: seated.id };
  });
}
