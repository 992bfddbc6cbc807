import { badgeVariants } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { invitationStatuses, invitationStatusMeta } from "@/components/ui/status-badge";
import { tdClassName, trClassName } from "@/components/ui/table";
import type { GuestRowClasses } from "@/lib/invitations/guest-rows-html";

/** The guest list rows' classes as <TR>, <TD>, <StatusBadge>, <Badge> and <Button> write them: merged once, not per row. */
export const GUEST_ROW_CLASSES: GuestRowClasses = {
  row: trClassName(),
  cells: {
    choose: tdClassName("left", "guest-choose align-top"),
    who: tdClassName("left", "guest-who align-top min-[720px]:min-w-56"),
    answer: tdClassName("left", "guest-answer align-top"),
    actions: tdClassName("right", "guest-actions align-top"),
  },
  statusBadge: Object.fromEntries(invitationStatuses.map((s) => [s, cn(badgeVariants({ variant: invitationStatusMeta[s].variant }))])) as GuestRowClasses["statusBadge"],
  outlineBadge: cn(badgeVariants({ variant: "outline" })),
  approve: cn(buttonVariants({ variant: "secondary", size: "sm" })),
  refuse: cn(buttonVariants({ variant: "ghost", size: "sm" })),
};
