// RSS 2.0, written by hand: a handful of elements, every text escaped, no
// control characters (they make a feed invalid XML), dates in RFC 822.

export type RssItem = {
  title: string;
  link: string;
  /** Stable across edits: "recap:<id>" or "event:<id>"; not a URL. */
  guid: string;
  description: string;
  pubDate: Date;
  category?: string | null;
  enclosure?: { url: string; length: number; type: string } | null;
};

export type RssChannel = { title: string; link: string; selfLink: string; description: string; language?: string; items: readonly RssItem[] };

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;

export function escapeXml(text: string): string {
  return text.replace(CONTROL, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** "Thu, 26 Sep 2019 17:15:00 GMT" */
export const rfc822 = (d: Date) => d.toUTCString();

function item(i: RssItem): string {
  return [
    "    <item>",
    `      <title>${escapeXml(i.title)}</title>`,
    `      <link>${escapeXml(i.link)}</link>`,
    `      <guid isPermaLink="false">${escapeXml(i.guid)}</guid>`,
    `      <pubDate>${rfc822(i.pubDate)}</pubDate>`,
    i.category ? `      <category>${escapeXml(i.category)}</category>` : null,
    `      <description>${escapeXml(i.description)}</description>`,
    i.enclosure ? `      <enclosure url="${escapeXml(i.enclosure.url)}" length="${i.enclosure.length}" type="${escapeXml(i.enclosure.type)}"/>` : null,
    "    </item>",
  ]
    .filter(Boolean)
    .join("\n");
}

export function buildRss(channel: RssChannel): string {
  const items = [...channel.items].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
  const lastBuild = items[0]?.pubDate ?? new Date(0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "  <channel>",
    `    <title>${escapeXml(channel.title)}</title>`,
    `    <link>${escapeXml(channel.link)}</link>`,
    `    <atom:link href="${escapeXml(channel.selfLink)}" rel="self" type="application/rss+xml"/>`,
    `    <description>${escapeXml(channel.description)}</description>`,
    `    <language>${escapeXml(channel.language ?? "en")}</language>`,
    `    <lastBuildDate>${rfc822(lastBuild)}</lastBuildDate>`,
    ...items.map(item),
    "  </channel>",
    "</rss>",
    "",
  ].join("\n");
}
