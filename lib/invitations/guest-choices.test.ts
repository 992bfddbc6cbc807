import { describe, expect, it } from "vitest";
import { guestChoices } from "./guest-choices";
import { INVITATION_STATUSES, type InvitationStatus } from "./status";

const now = new Date("2026-12-01T12:00:00Z");
const open = { status: "scheduled" as const, endsAt: new Date("2026-12-10T18:00:00Z"), rsvpDeadline: null };

describe("what a guest may do from their page", () => {
  it("answers and delegates by status while answers are open", () => {
    const table = Object.fromEntries(INVITATION_STATUSES.map((status) => [status, guestChoices({ status, event: open }, now)]));
    const answerable = (Object.keys(table) as InvitationStatus[]).filter((s) => table[s].answerable).sort();
    const canDelegate = (Object.keys(table) as InvitationStatus[]).filter((s) => table[s].canDelegate).sort();
    expect(answerable).toEqual(["accepted", "declined", "invited", "waitlisted"]);
    // The waitlisted may leave the line but not pass their place on; a pending delegate may be replaced.
    expect(canDelegate).toEqual(["accepted", "declined", "delegate_pending", "invited"]);
    expect(table.invited.closed).toBeNull();
  });

  it("closes both, in words, after the deadline, once the event has ended, and when it is cancelled", () => {
    const cases = [
      { ...open, rsvpDeadline: new Date("2026-11-30T12:00:00Z") },
      { ...open, endsAt: new Date("2026-12-01T11:00:00Z") },
      { ...open, status: "cancelled" as const },
    ];
    for (const event of cases) {
      const choices = guestChoices({ status: "invited", event }, now);
      expect(choices.closed).toMatch(/\.$/);
      expect(choices.answerable).toBe(false);
      expect(choices.canDelegate).toBe(false);
    }
  });

  it("keeps answers open until the deadline itself", () => {
    const choices = guestChoices({ status: "invited", event: { ...open, rsvpDeadline: new Date("2026-12-01T12:00:01Z") } }, now);
    expect(choices).toEqual({ closed: null, answerable: true, canDelegate: true });
  });
});
