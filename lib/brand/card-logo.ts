import "server-only";
import sharp from "sharp";
import type { Db } from "@/db/types";
import { getInstituteLogo } from "@/lib/settings/queries";

/** How tall the logo sits on a share image (lib/brand, components/public/social-card.tsx). */
const CARD_LOGO_HEIGHT = 64;

export type CardLogo = { src: string; width: number; height: number };

/**
 * The institute's logo for a share image: next/og reads PNG and JPEG from a
 * data address, so the stored copy (perhaps WebP) is drawn again as a PNG,
 * at twice the height it is shown. Null without a logo, or if it cannot be read.
 */
export async function cardLogo(db: Db): Promise<CardLogo | null> {
  const logo = await getInstituteLogo(db);
  if (!logo) return null;
  try {
    const { data, info } = await sharp(logo.bytes).resize({ height: CARD_LOGO_HEIGHT * 2, withoutEnlargement: true }).png().toBuffer({ resolveWithObject: true });
    const height = CARD_LOGO_HEIGHT;
    const width = Math.max(1, Math.round((info.width / info.height) * height));
    return { src: `data:image/png;base64,${data.toString("base64")}`, width, height };
  } catch (error) {
    console.error("The institute's logo could not be drawn on a share image", { error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
