import { badgeVariants } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { invitationStatuses, invitationStatusMeta } from "@/components/ui/status-badge";
import type { GuestRowClasses } from "@/lib/invitations/guest-rows-html";

/** The guest list rows' badges and buttons as <StatusBadge>, <Badge> and <Button> write them: merged once, not per row. */
export const GUEST_ROW_CLASSES: GuestRowClasses = {
  statusBadge: Object.fromEntries(invitationStatuses.map((s) => [s, cn(badgeVariants({ variant: invitationStatusMeta[s].variant }))])) as GuestRowClasses["statusBadge"],
  outlineBadge: cn(badgeVariants({ variant: "outline" })),
  approve: cn(buttonVariants({ variant: "secondary", size: "sm" })),
  refuse: cn(buttonVariants({ variant: "ghost", size: "sm" })),
};
