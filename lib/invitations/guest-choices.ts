import { answersClosedReason } from "./answer";
import type { LockedEvent } from "./capacity";
import type { InvitationStatus } from "./status";

export type GuestChoices = {
  /** Why the guest can no longer answer on their own (in words), or null while they can. */
  closed: string | null;
  /** Accept or decline (again): open to guests who have not handed their place to a delegate. */
  answerable: boolean;
  /** Send a delegate instead: open until a delegate is confirmed, and not from the waitlist's own answers. */
  canDelegate: boolean;
};

/** What a guest may do from their page now. */
export function guestChoices(
  guest: { status: InvitationStatus; event: Pick<LockedEvent, "status" | "endsAt" | "rsvpDeadline"> },
  now: Date,
): GuestChoices {
  const closed = answersClosedReason(guest.event, now);
  return {
    closed,
    answerable: !closed && ["invited", "accepted", "declined", "waitlisted"].includes(guest.status),
    canDelegate: !closed && ["invited", "accepted", "declined", "delegate_pending"].includes(guest.status),
  };
}
