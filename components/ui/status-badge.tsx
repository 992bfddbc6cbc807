import type { LucideIcon } from "lucide-react";
import { Ban, CircleCheck, CircleDashed, CircleX, Clock, Hourglass, Mail, UserRoundCheck } from "lucide-react";
import { Badge, type BadgeProps, type BadgeVariant } from "./badge";

export const invitationStatuses = [
  "not_sent",
  "invited",
  "accepted",
  "declined",
  "waitlisted",
  "delegate_pending",
  "delegated",
  "cancelled",
] as const;

export type InvitationStatus = (typeof invitationStatuses)[number];

export const invitationStatusMeta: Record<InvitationStatus, { label: string; variant: BadgeVariant; icon: LucideIcon }> =
  {
    not_sent: { label: "Not sent", variant: "neutral", icon: CircleDashed },
    invited: { label: "Invited", variant: "outline", icon: Mail },
    accepted: { label: "Accepted", variant: "success", icon: CircleCheck },
    declined: { label: "Declined", variant: "neutral", icon: CircleX },
    waitlisted: { label: "Waitlisted", variant: "warning", icon: Hourglass },
    delegate_pending: { label: "Delegate pending", variant: "accent", icon: Clock },
    delegated: { label: "Delegated", variant: "success", icon: UserRoundCheck },
    cancelled: { label: "Cancelled", variant: "danger", icon: Ban },
  };

/** The word for an invitation status ("Delegate pending"). */
export function invitationStatusLabel(status: InvitationStatus): string {
  return invitationStatusMeta[status].label;
}

export type StatusBadgeProps = Omit<BadgeProps, "variant" | "children"> & { status: InvitationStatus };

/** Invitation status as colour + icon + word. */
export function StatusBadge({ status, ...props }: StatusBadgeProps) {
  const { label, variant, icon: Icon } = invitationStatusMeta[status];
  return (
    <Badge variant={variant} data-status={status} {...props}>
      <Icon aria-hidden="true" strokeWidth={2} />
      {label}
    </Badge>
  );
}
