import type { StaffRole } from "@/lib/auth/roles";
import { hasRole } from "@/lib/auth/roles";
import { RECAP_STATUSES } from "@/db/enum-values";

// Who may move a recap along draft -> in review -> published, and back.
// Four eyes by default: the person who wrote or submitted a recap does not
// publish it; another editor or an admin does. A one-person team (nobody
// else on the staff list can publish) may publish their own, after
// confirming a checklist. These rules decide; the mutations enforce them
// inside the transaction and the editor shows the same answers as buttons.

export { RECAP_STATUSES };
export type RecapStatus = (typeof RECAP_STATUSES)[number];

export type WorkflowRecap = {
  status: RecapStatus;
  authorId: string | null;
  submittedById: string | null;
  internalOnly: boolean;
};

export type WorkflowStaff = { id: string; role: StaffRole };

export type PublishRule =
  | { kind: "allowed" }
  /** The person's own recap on a one-person team: allowed once the checklist is confirmed. */
  | { kind: "self_with_checklist" }
  | { kind: "refused"; message: string };

const RECAP_STATUS_LABELS: Record<RecapStatus, string> = { draft: "Draft", in_review: "In review", published: "Published" };
export const recapStatusLabel = (status: RecapStatus): string => RECAP_STATUS_LABELS[status];

/** Whether this person wrote or submitted the recap. */
export function isOwnRecap(recap: Pick<WorkflowRecap, "authorId" | "submittedById">, staff: Pick<WorkflowStaff, "id">): boolean {
  return recap.authorId === staff.id || recap.submittedById === staff.id;
}

const INTERNAL_ONLY = "This event was off the record: its recap is an internal summary and is never published.";

export function submitRule(recap: WorkflowRecap, staff: WorkflowStaff): { ok: true } | { ok: false; message: string } {
  if (!hasRole(staff.role, "editor")) return { ok: false, message: "Only editors and admins submit recaps for review." };
  if (recap.internalOnly) return { ok: false, message: INTERNAL_ONLY };
  switch (recap.status) {
    case "draft":
      return { ok: true };
    case "in_review":
      return { ok: false, message: "This recap is already waiting for review." };
    case "published":
      return { ok: false, message: "This recap is already published." };
    default:
      return recap.status satisfies never;
  }
}

/**
 * `otherPublishers`: how many other people on the staff list are editors or
 * admins. None means a one-person team.
 */
export function publishRule(recap: WorkflowRecap, staff: WorkflowStaff, otherPublishers: number): PublishRule {
  if (!hasRole(staff.role, "editor")) return { kind: "refused", message: "Only editors and admins publish recaps." };
  if (recap.internalOnly) return { kind: "refused", message: INTERNAL_ONLY };
  if (recap.status === "published") return { kind: "refused", message: "This recap is already published." };
  if (isOwnRecap(recap, staff)) {
    if (otherPublishers > 0) {
      return {
        kind: "refused",
        message:
          recap.status === "draft"
            ? "Submit your recap for review: another editor or an admin publishes it."
            : "You wrote or submitted this recap, so another editor or an admin publishes it.",
      };
    }
    return { kind: "self_with_checklist" };
  }
  if (recap.status === "draft") return { kind: "refused", message: "This recap is still a draft: its author submits it for review first." };
  return { kind: "allowed" };
}

export function unpublishRule(recap: WorkflowRecap, staff: WorkflowStaff): { ok: true } | { ok: false; message: string } {
  if (!hasRole(staff.role, "editor")) return { ok: false, message: "Only editors and admins unpublish recaps." };
  if (recap.status !== "published") return { ok: false, message: "This recap is not published." };
  return { ok: true };
}

/** Back from review to draft: the author withdraws it, or a reviewer sends it back. */
export function withdrawRule(recap: WorkflowRecap, staff: WorkflowStaff): { ok: true } | { ok: false; message: string } {
  if (!hasRole(staff.role, "editor")) return { ok: false, message: "Only editors and admins change a recap's status." };
  if (recap.status !== "in_review") return { ok: false, message: "This recap is not waiting for review." };
  return { ok: true };
}

/** Text, photos and links change only before publication: what readers see has been reviewed. */
export function editRule(recap: Pick<WorkflowRecap, "status"> | null, staff: WorkflowStaff): { ok: true } | { ok: false; message: string } {
  if (!hasRole(staff.role, "editor")) return { ok: false, message: "Only editors and admins change recaps." };
  if (recap?.status === "published") return { ok: false, message: "This recap is published. Unpublish it to make changes; it then goes through review again." };
  return { ok: true };
}
