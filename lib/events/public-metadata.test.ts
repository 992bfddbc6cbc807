import { describe, expect, it } from "vitest";
import { eventSocialMetadata, siteSocialMetadata } from "./public-metadata";

const event = {
  slug: "human-rights-and-the-2030-agenda",
  title: "Human Rights and the 2030 Agenda",
  subtitle: "The thirteenth annual Trygve Lie Symposium",
  summary: "Leaving no one behind is a core principle of the 2030 Agenda.",
  recap: null,
};

describe("social cards of public pages", () => {
  it("draw an image for an event with no recap, from its summary", () => {
    const meta = eventSocialMetadata(event, "International Peace Institute");
    expect(meta.openGraph).toMatchObject({
      type: "website",
      url: "/events/human-rights-and-the-2030-agenda",
      title: "Human Rights and the 2030 Agenda — International Peace Institute",
      description: event.summary,
      images: [{ url: "/og/events/human-rights-and-the-2030-agenda", width: 1200, height: 630 }],
    });
    expect(meta.twitter).toMatchObject({ card: "summary_large_image", images: [{ url: "/og/events/human-rights-and-the-2030-agenda" }] });
  });

  it("lead with the recap's photo and first paragraph once published", () => {
    const meta = eventSocialMetadata(
      {
        ...event,
        recap: {
          title: null,
          body: "On 26 September, IPI, together with the Norwegian Ministry of Foreign Affairs, cohosted the thirteenth annual Trygve Lie Symposium.\n\nMore.",
          publishedAt: new Date("2019-09-30T12:00:00Z"),
          photos: [
            { isLead: false, altText: "Gallery", asset: { id: "g", width: 800, height: 600, contentType: "image/jpeg" } },
            { isLead: true, altText: "The panel on stage", asset: { id: "lead", width: 2000, height: 1333, contentType: "image/jpeg" } },
          ],
        },
      },
      "IPI",
    );
    expect(meta.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2019-09-30T12:00:00.000Z",
      description: "On 26 September, IPI, together with the Norwegian Ministry of Foreign Affairs, cohosted the thirteenth annual Trygve Lie Symposium.",
      // The photo's address carries the publication, so it is gone when the recap is unpublished.
      images: [{ url: `/assets/lead?v=${new Date("2019-09-30T12:00:00Z").getTime().toString(36)}`, width: 2000, height: 1333, alt: "The panel on stage", type: "image/jpeg" }],
    });
  });

  it("give listing pages the institute's image", () => {
    const meta = siteSocialMetadata({ title: "Events — IPI", description: "Forums", path: "/events", siteName: "IPI" });
    expect(meta.openGraph).toMatchObject({ url: "/events", images: [{ url: "/og", width: 1200, height: 630 }] });
  });
});

describe("the news feed", () => {
  it("is named in the head of every public page, so readers find it", () => {
    for (const meta of [eventSocialMetadata(event, "IPI"), siteSocialMetadata({ title: "Events", description: "All events", path: "/events", siteName: "IPI" })]) {
      expect(meta.alternates?.types).toEqual({ "application/rss+xml": [{ url: "/feed.xml", title: "IPI: events and recaps" }] });
    }
  });
});
