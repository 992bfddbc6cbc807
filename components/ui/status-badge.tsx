import type { LucideIcon } from "@/components/icons/lucide";
import { Ban, CircleCheck, CircleDashed, CircleX, Clock, Hourglass, Mail, UserRoundCheck } from "@/components/icons/lucide";
import { Badge, type BadgeProps, type BadgeVariant } from "./badge";

import { INVITATION_STATUSES, invitationStatusLabel as labelOf, type InvitationStatus } from "@/lib/invitations/status";

export const invitationStatuses = INVITATION_STATUSES;
export type { InvitationStatus };

const look: Record<InvitationStatus, { variant: BadgeVariant; icon: LucideIcon }> = {
  not_sent: { variant: "neutral", icon: CircleDashed },
  invited: { variant: "outline", icon: Mail },
  accepted: { variant: "success", icon: CircleCheck },
  declined: { variant: "neutral", icon: CircleX },
  waitlisted: { variant: "warning", icon: Hourglass },
  delegate_pending: { variant: "accent", icon: Clock },
  delegated: { variant: "success", icon: UserRoundCheck },
  cancelled: { variant: "danger", icon: Ban },
};

export const invitationStatusMeta = Object.fromEntries(
  INVITATION_STATUSES.map((s) => [s, { ...look[s], label: labelOf(s) }]),
) as Record<InvitationStatus, { label: string; variant: BadgeVariant; icon: LucideIcon }>;

/** The word for an invitation status ("Delegate pending"). */
export const invitationStatusLabel = labelOf;

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
