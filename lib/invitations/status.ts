import { INVITATION_STATUSES } from "@/db/enum-values";

export { INVITATION_STATUSES };
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/**
 * Which answers may follow which. A guest answers from invited, and may
 * change their mind (accepted ⇄ declined, waitlisted → declined); staff
 * cancel; a delegate request ends in delegated or back to invited.
 */
export function canMove(from: InvitationStatus, to: InvitationStatus): boolean {
  switch (from) {
    case "not_sent":
      return to === "invited" || to === "cancelled";
    case "invited":
      return ["accepted", "declined", "waitlisted", "delegate_pending", "cancelled"].includes(to);
    case "accepted":
      return to === "declined" || to === "cancelled";
    case "declined":
      return to === "accepted" || to === "waitlisted" || to === "cancelled";
    case "waitlisted":
      return to === "accepted" || to === "declined" || to === "cancelled";
    case "delegate_pending":
      return to === "delegated" || to === "invited" || to === "cancelled";
    case "delegated":
      return false;
    case "cancelled":
      return to === "invited";
    default:
      return from satisfies never;
  }
}

/** Seats an accepted answer takes: the guest, plus one when they bring someone. */
export function seatsFor(plusOneName: string | null | undefined): number {
  return plusOneName && plusOneName.trim() ? 2 : 1;
}

/**
 * Whether an answer fits: with no capacity everyone fits; otherwise the
 * seats already taken plus these must not pass it. The caller holds a lock
 * on the event row while it counts, so two answers cannot both take the last seat.
 */
export function fits(capacity: number | null, seatsTaken: number, seatsWanted: number): boolean {
  return capacity === null || seatsTaken + seatsWanted <= capacity;
}

/**
 * Where an acceptance lands, given the count taken under the event lock: a
 * seat when the party fits and nobody waits ahead; else the waitlist when the
 * event keeps one; else "full" (refused). The one rule behind every answer,
 * registration and promotion (capacity.ts) and the demo data (db/seed).
 */
export function placeAcceptance(p: {
  capacity: number | null;
  waitlistEnabled: boolean;
  seatsTaken: number;
  seatsWanted: number;
  someoneWaitsAhead: boolean;
}): "accepted" | "waitlisted" | "full" {
  if (p.capacity === null) return "accepted";
  if (fits(p.capacity, p.seatsTaken, p.seatsWanted) && !p.someoneWaitsAhead) return "accepted";
  return p.waitlistEnabled ? "waitlisted" : "full";
}

const LABELS: Record<InvitationStatus, string> = {
  not_sent: "Not sent",
  invited: "Invited",
  accepted: "Accepted",
  declined: "Declined",
  waitlisted: "Waitlisted",
  delegate_pending: "Delegate pending",
  delegated: "Delegated",
  cancelled: "Cancelled",
};

/** The word for an invitation status ("Delegate pending"), the same in tables, exports and emails. */
export function invitationStatusLabel(status: InvitationStatus): string {
  return LABELS[status];
}
