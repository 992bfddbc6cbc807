import { describe, expect, it } from "vitest";
import { confirmedItems, parseTopics, publishRecapSchema, recapDraftSchema, recapLinkSchema, recapPhotoUploadSchema } from "./schema";

const eventId = "6f1c2a59-3a5e-4c1b-9a61-1a2b3c4d5e6f";

const link = (url: string) => recapLinkSchema.safeParse({ eventId, kind: "coverage", title: "UN News", url });

describe("a related link", () => {
  it("takes full http and https addresses", () => {
    expect(link("https://news.un.org/en/story/2019/11/1050331").success).toBe(true);
    expect(link("  http://www.ipinst.org/2019/11/wps-poc  ").data?.url).toBe("http://www.ipinst.org/2019/11/wps-poc");
  });

  it("refuses scripts, other schemes, relative and partial addresses with one clear message", () => {
    for (const url of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)", "data:text/html,<script>", "ftp://files.example.org/a", "//evil.example.org", "/events", "www.example.org", "https://localhost/x", "https://"]) {
      const result = link(url);
      expect(result.success, url).toBe(false);
      expect(result.error?.issues[0].message, url).toBe("Enter a full web address, like https://www.example.org/report");
    }
    expect(link("").error?.issues[0].message).toBe("Enter the link’s address");
  });

  it("needs a title and a known kind", () => {
    const result = recapLinkSchema.safeParse({ eventId, kind: "podcast", title: " ", url: "https://example.org" });
    const messages = result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual(["kind: Choose what kind of link this is", "title: Enter the link’s title"]);
  });
});

describe("the text of a recap", () => {
  it("splits topics on commas, semicolons and lines, without duplicates", () => {
    expect(parseTopics("Afghanistan, Peace processes; afghanistan\n  Women,  Peace and Security ,")).toEqual(["Afghanistan", "Peace processes", "Women", "Peace and Security"]);
  });

  it("reads a form post: blank title and programme are none, the body keeps its lines", () => {
    const parsed = recapDraftSchema.parse({ eventId, title: "  ", body: "One\r\n\r\nTwo  \n\n", programId: "", topics: "WPS", uncoveredAgendaItemIds: "", revision: "3" });
    expect(parsed).toMatchObject({ title: null, body: "One\n\nTwo", programId: null, topics: ["WPS"], uncoveredAgendaItemIds: [], revision: 3 });
  });

  it("refuses a malformed programme, a negative revision, and too many topics, by field", () => {
    const result = recapDraftSchema.safeParse({ eventId, body: "x", programId: "wps", topics: Array.from({ length: 13 }, (_, i) => `t${i}`).join(","), revision: "-1" });
    const fields = result.error?.issues.map((i) => i.path.join("."));
    expect(fields).toEqual(expect.arrayContaining(["programId", "topics", "revision"]));
  });
});

describe("photos and publishing", () => {
  it("requires alt text and keeps the caption optional", () => {
    const missing = recapPhotoUploadSchema.safeParse({ eventId, altText: "  ", caption: "" });
    expect(missing.error?.issues[0]).toMatchObject({ path: ["altText"], message: "Describe the photo for people who cannot see it" });
    expect(recapPhotoUploadSchema.parse({ eventId, altText: "A roundtable", caption: "", isLead: "on" })).toMatchObject({ caption: null, isLead: true });
  });

  it("reads the ticked checklist items", () => {
    const input = publishRecapSchema.parse({ eventId, "confirm:read": "on", "confirm:facts": "on", "confirm:links": "", other: "on" });
    expect(confirmedItems(input)).toEqual(["read", "facts"]);
  });
});
