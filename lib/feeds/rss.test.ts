import { describe, expect, it } from "vitest";
import { buildRss, escapeXml } from "./rss";

describe("the RSS feed", () => {
  const feed = buildRss({
    title: "International Peace Institute — Events",
    link: "https://events.example.org/events",
    selfLink: "https://events.example.org/feed.xml",
    description: "Recaps & new events",
    items: [
      { title: "New: A forum", link: "https://events.example.org/events/a", guid: "event:1", description: "Soon.", pubDate: new Date("2019-09-01T10:00:00Z") },
      {
        title: "Recap: Human Rights & the “2030 Agenda” <b>",
        link: "https://events.example.org/events/human-rights-and-the-2030-agenda",
        guid: "recap:2",
        description: "On 26 September, IPI <script>alert(1)</script>\u0007 cohosted…",
        pubDate: new Date("2019-09-30T12:00:00Z"),
        category: "Symposium",
        enclosure: { url: "https://events.example.org/assets/x", length: 12345, type: "image/jpeg" },
      },
    ],
  });

  it("is RSS 2.0 with a self link, newest first", () => {
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
    expect(feed).toContain('<atom:link href="https://events.example.org/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(feed.indexOf("recap:2")).toBeLessThan(feed.indexOf("event:1"));
    expect(feed).toContain("<lastBuildDate>Mon, 30 Sep 2019 12:00:00 GMT</lastBuildDate>");
    expect(feed).toContain('<enclosure url="https://events.example.org/assets/x" length="12345" type="image/jpeg"/>');
  });

  it("escapes every text, so nothing in it becomes markup, and drops control characters", () => {
    expect(feed).toContain("<title>Recap: Human Rights &amp; the “2030 Agenda” &lt;b&gt;</title>");
    expect(feed).toContain("IPI &lt;script&gt;alert(1)&lt;/script&gt; cohosted");
    expect(feed).not.toContain("\u0007");
    expect(feed).not.toContain("<script>");
    expect(escapeXml(`a"b'c`)).toBe("a&quot;b&apos;c");
  });
});
