import { BellOff } from "@/components/icons/lucide";
import { Badge } from "@/components/ui";
import { describeOptOut } from "@/lib/opt-out/describe";
import type { OptOutVia } from "@/lib/opt-out/mutations";

/** Marks a person who asked for no more invitations; the words say when and how (for screen readers and on hover). */
export function OptedOutBadge({ optedOutAt, via, timeZone }: { optedOutAt: Date; via: OptOutVia | null; timeZone?: string }) {
  const words = describeOptOut(optedOutAt, via, timeZone);
  return (
    <Badge variant="outline" title={words}>
      <BellOff aria-hidden="true" />
      Opted out
      <span className="sr-only">: {words}</span>
    </Badge>
  );
}
