import { ImageResponse } from "next/og";
import { SocialCard } from "@/components/public/social-card";
import { cardFonts } from "@/lib/brand/card-fonts";
import { cardLogo } from "@/lib/brand/card-logo";
import { getDb } from "@/db";
import { formatLabel } from "@/lib/events/format";
import { GENERATED_IMAGE } from "@/lib/events/public-metadata";
import { getPublicEvent } from "@/lib/events/queries";
import { isValidSlug } from "@/lib/events/slug";
import { formatLongDate } from "@/lib/events/time";
import { getInstitute } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

/** The card of an event's page when its recap has no lead photo: only what the page itself shows. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const db = getDb();
  const event = isValidSlug(slug) ? await getPublicEvent(db, slug) : null;
  if (!event) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const [institute, logo] = await Promise.all([getInstitute(db), cardLogo(db)]);
  const kicker = event.recap ? `Recap · ${formatLabel(event.format)}` : formatLabel(event.format);
  const place = event.venue ? ` · ${event.venue.city}` : "";
  return new ImageResponse(
    <SocialCard logo={logo} institute={institute.name} kicker={kicker} title={event.recap?.title?.trim() || event.title} footer={`${formatLongDate(event.startsAt, event.timeZone)}${place}`} />,
    { ...GENERATED_IMAGE,
    fonts: cardFonts(), headers: { "Cache-Control": "public, max-age=3600" } },
  );
}
