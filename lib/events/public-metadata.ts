import type { Metadata } from "next";
import { excerpt } from "@/lib/recaps/excerpt";
import { photoUrl, publicationVersion } from "@/lib/recaps/photo-urls";

// Open Graph and Twitter cards for public pages: the recap's lead photo when
// there is one, otherwise an image drawn for the page (app/og/...). Never a
// guest's name: only what the page itself shows.

export type SocialImage = { url: string; width: number; height: number; alt: string; type?: string };

export const GENERATED_IMAGE = { width: 1200, height: 630 } as const;

export function socialMetadata(input: {
  title: string;
  description: string | null;
  path: string;
  siteName: string;
  image: SocialImage;
  type?: "website" | "article";
  publishedTime?: Date | null;
}): Metadata {
  const description = input.description ?? undefined;
  return {
    title: input.title,
    description,
    // The news feed, for readers that find it from any public page.
    alternates: { canonical: input.path, types: { "application/rss+xml": [{ url: "/feed.xml", title: `${input.siteName}: events and recaps` }] } },
    openGraph: {
      type: input.type ?? "website",
      title: input.title,
      description,
      url: input.path,
      siteName: input.siteName,
      locale: "en_US",
      images: [input.image],
      ...(input.type === "article" && input.publishedTime ? { publishedTime: input.publishedTime.toISOString() } : {}),
    },
    twitter: { card: "summary_large_image", title: input.title, description, images: [{ url: input.image.url, alt: input.image.alt }] },
  };
}

type MetaEvent = {
  slug: string;
  title: string;
  subtitle: string | null;
  summary: string | null;
  recap: null | {
    title: string | null;
    body: string;
    publishedAt: Date | null;
    photos: readonly { isLead: boolean; altText: string; asset: { id: string; width: number | null; height: number | null; contentType: string } }[];
  };
};

/** The card of one event's page: its recap (lead photo, first paragraph) once published. */
export function eventSocialMetadata(event: MetaEvent, siteName: string): Metadata {
  const path = `/events/${event.slug}`;
  const lead = event.recap?.photos.find((p) => p.isLead) ?? null;
  const title = `${event.recap?.title?.trim() || event.title} — ${siteName}`;
  const description = event.recap ? excerpt(event.recap.body, 200) || event.summary : (event.summary ?? event.subtitle);
  const image: SocialImage =
    lead && lead.asset.width && lead.asset.height && event.recap?.publishedAt
      ? { url: photoUrl(lead.asset.id, publicationVersion(event.recap.publishedAt)), width: lead.asset.width, height: lead.asset.height, alt: lead.altText, type: lead.asset.contentType }
      : { url: `/og/events/${event.slug}`, ...GENERATED_IMAGE, alt: event.title, type: "image/png" };
  return socialMetadata({ title, description: description ?? null, path, siteName, image, type: event.recap ? "article" : "website", publishedTime: event.recap?.publishedAt });
}

/** The card of a listing page (home, archive): the institute's generated image. */
export function siteSocialMetadata(input: { title: string; description: string; path: string; siteName: string }): Metadata {
  return socialMetadata({ ...input, image: { url: "/og", ...GENERATED_IMAGE, alt: input.siteName, type: "image/png" } });
}
