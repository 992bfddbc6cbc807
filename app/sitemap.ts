import type { MetadataRoute } from "next";
import { getDb } from "@/db";
import { appUrl } from "@/lib/env";
import { listSitemapEvents } from "@/lib/events/archive-queries";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = appUrl();
  const events = await listSitemapEvents(getDb());
  const latest = events.reduce<Date | undefined>((a, e) => (!a || e.lastModified > a ? e.lastModified : a), undefined);
  return [
    { url: `${base}/`, lastModified: latest, changeFrequency: "daily", priority: 1 },
    { url: `${base}/events`, lastModified: latest, changeFrequency: "daily", priority: 0.9 },
    ...events.map((e) => ({ url: `${base}/events/${e.slug}`, lastModified: e.lastModified, changeFrequency: e.hasRecap ? ("yearly" as const) : ("weekly" as const), priority: e.hasRecap ? 0.7 : 0.8 })),
  ];
}
