import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/public/social-card";
import { cardFonts } from "@/lib/brand/card-fonts";
import { cardLogo } from "@/lib/brand/card-logo";
import { getDb } from "@/db";
import { GENERATED_IMAGE } from "@/lib/events/public-metadata";
import { getInstitute } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

/** The card of the listing pages. */
export async function GET() {
  const db = getDb();
  const [institute, logo] = await Promise.all([getInstitute(db), cardLogo(db)]);
  return new ImageResponse(<SocialCard logo={logo} institute={institute.name} kicker="Events" title="Policy forums, roundtables and symposia, and recaps of what was said" footer={institute.website ?? null} />, {
    ...GENERATED_IMAGE,
    fonts: cardFonts(),
    headers: { "Cache-Control": "public, max-age=86400" },
  });
}
