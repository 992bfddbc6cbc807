// Pure: how the door treats a guest on the list. Only a guest who accepted
// is expected and goes in with one tap; anyone else is shown plainly (why
// they are not expected) and goes in only on a deliberate "Admit anyway"
// with a reason, which the history keeps.

import { dateFormatter } from "@/lib/date-formatters";

/** The answers a guest at the door can have (not_sent and delegated never reach the door list). */
export const AT_THE_DOOR = ["accepted", "invited", "waitlisted", "declined", "delegate_pending", "cancelled"] as const;
export type DoorStatus = (typeof AT_THE_DOOR)[number];

export function isAtTheDoor(status: string): status is DoorStatus {
  return (AT_THE_DOOR as readonly string[]).includes(status);
}

/** Whether the guest goes in with one tap ("Arrived"), or only by "Admit anyway" with a reason. */
export function expectedAtTheDoor(status: string): boolean {
  return status === "accepted";
}

/** The longest reason the door may give for admitting someone not expected. */
export const ADMIT_REASON_MAX = 500;

type Standing = { status: string; source: string; respondedAt: Date | string | null; waitlistedAt: Date | string | null };

/**
 * The guest's answer in the door's words: "Expected", "Declined on 3 Dec",
 * "On the waitlist since 1 Dec", "No answer", "Invitation withdrawn".
 */
export function doorStanding(g: Standing, timeZone: string): string {
  const on = (d: Date | string | null) => (d ? dateFormatter("en-GB", { day: "numeric", month: "short", timeZone }).format(new Date(d)) : null);
  if (g.source === "walk_in") return "Walk-in";
  if (!isAtTheDoor(g.status)) return "Not on the list";
  switch (g.status) {
    case "accepted":
      return "Expected";
    case "declined":
      return on(g.respondedAt) ? `Declined on ${on(g.respondedAt)}` : "Declined";
    case "waitlisted":
      return on(g.waitlistedAt ?? g.respondedAt) ? `On the waitlist since ${on(g.waitlistedAt ?? g.respondedAt)}` : "On the waitlist";
    case "invited":
      return "No answer";
    case "delegate_pending":
      return "Proposed a delegate, not yet approved";
    case "cancelled":
      return "Invitation withdrawn";
    default:
      return g.status satisfies never;
  }
}

/** The words the history uses for why a guest was not expected ("though they had declined"). */
export function notExpectedBecause(status: string): string {
  switch (status) {
    case "declined":
      return "though they had declined";
    case "waitlisted":
      return "though they were on the waitlist";
    case "invited":
      return "though they had not answered";
    case "delegate_pending":
      return "though they had proposed a delegate";
    case "cancelled":
      return "though their invitation had been withdrawn";
    default:
      return "";
  }
}
