import { getDb } from "@/db";
import { appUrl } from "@/lib/env";
import { buildRss, type RssItem } from "@/lib/feeds/rss";
import { listFeedEvents, listFeedRecaps } from "@/lib/feeds/queries";
import { formatLabel } from "@/lib/events/format";
import { formatEventWhen } from "@/lib/events/time";
import { excerpt } from "@/lib/recaps/excerpt";
import { photoUrl, publicationVersion } from "@/lib/recaps/photo-urls";
import { getInstitute } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

// RSS 2.0: each recap as it is published, and each open event as it is announced.
export async function GET() {
  const db = getDb();
  const base = appUrl();
  const [institute, recaps, upcoming] = await Promise.all([getInstitute(db), listFeedRecaps(db), listFeedEvents(db)]);
  const items: RssItem[] = [
    ...recaps.map((r) => ({
      title: `Recap: ${r.title?.trim() || r.eventTitle}`,
      link: `${base}/events/${r.slug}`,
      guid: `recap:${r.recapId}`,
      description: excerpt(r.body, 600),
      pubDate: r.publishedAt ?? new Date(0),
      category: formatLabel(r.format),
      // The photo's address carries this publication, like the page's (lib/recaps/photo-urls.ts).
      enclosure:
        r.leadAssetId && r.leadBytes && r.leadType && r.publishedAt
          ? { url: `${base}${photoUrl(r.leadAssetId, publicationVersion(r.publishedAt))}`, length: r.leadBytes, type: r.leadType }
          : null,
    })),
    ...upcoming.map((e) => ({
      title: e.title,
      link: `${base}/events/${e.slug}`,
      guid: `event:${e.id}`,
      description: [formatEventWhen(e.startsAt, e.endsAt, e.timeZone), e.summary].filter(Boolean).join(". "),
      pubDate: e.createdAt,
      category: formatLabel(e.format),
    })),
  ];
  const body = buildRss({
    title: `${institute.name}: events and recaps`,
    link: `${base}/events`,
    selfLink: `${base}/feed.xml`,
    description: `New events at the ${institute.name}, and recaps of what was said.`,
    items,
  });
  return new Response(body, {
    headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
