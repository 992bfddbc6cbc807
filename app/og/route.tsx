import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/public/social-card";
import { cardFonts } from "@/lib/brand/card-fonts";
import { getDb } from "@/db";
import { GENERATED_IMAGE } from "@/lib/events/public-metadata";
import { getInstitute } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

/** The card of the listing pages. */
export async function GET() {
  const institute = await getInstitute(getDb());
  return new ImageResponse(<SocialCard institute={institute.name} kicker="Events" title="Policy forums, roundtables and symposia, and recaps of what was said" footer={institute.website ?? null} />, {
    ...GENERATED_IMAGE,
    fonts: cardFonts(),
    headers: { "Cache-Control": "public, max-age=86400" },
  });
}
