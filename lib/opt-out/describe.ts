import { formatOptOutDate } from "@/lib/invitations/recipient-rules";
import type { OptOutVia } from "./mutations";

/** How the person opted out, as staff read it. */
export function optOutMethodLabel(via: OptOutVia | null): string {
  switch (via) {
    case "one_click":
      return "one click from the email";
    case "email_link":
      return "from the link in an email";
    case null:
      return "by their own request";
    default:
      return via satisfies never;
  }
}

/** "Opted out of invitations on 5 Dec 2026, one click from the email". */
export function describeOptOut(optedOutAt: Date, via: OptOutVia | null, timeZone = "UTC"): string {
  return `Opted out of invitations on ${formatOptOutDate(optedOutAt, timeZone)}, ${optOutMethodLabel(via)}`;
}
