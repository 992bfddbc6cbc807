import type { EmailInstitute } from "@/emails/components/layout";
import { env } from "@/lib/env";
import { publicUrl } from "@/lib/public-url";
import { senderOf, type Institute } from "@/lib/settings/institute";

// What an email takes from the institute's settings (/staff/settings): the
// words and the logo its layout shows, and the From and Reply-To it goes with.

/** The institute as an email's layout shows it: the logo by its absolute public address. */
export function emailInstitute(institute: Institute): EmailInstitute {
  return {
    name: institute.name,
    shortName: institute.shortName,
    postalAddress: institute.postalAddress,
    logoUrl: institute.logoAssetId ? publicUrl(`/assets/${institute.logoAssetId}`).href : null,
  };
}

/** From and Reply-To: the institute's sender when one is set, else EMAIL_FROM. */
export function emailHeaders(institute: Institute): { from: string; replyTo?: string } {
  return { from: senderOf(institute, env.EMAIL_FROM), ...(institute.replyTo ? { replyTo: institute.replyTo } : {}) };
}
