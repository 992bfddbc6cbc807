import { describe, expect, it } from "vitest";
import { findAttributionHits } from "./guard/attribution-guard";
import { renderRecapMarkdown } from "./markdown";
import { renderRecapPreview } from "./preview";
import { ROUNDTABLE_PEOPLE } from "./test-fixtures";

const hitsIn = (body: string) => findAttributionHits({ texts: [{ field: "body", text: body }], people: ROUNDTABLE_PEOPLE, allowedNames: ["IPI"] });

describe("the editor's preview with the guard's hits", () => {
  it("is the public rendering exactly when nothing was found", () => {
    const body = "## The discussion\n\nParticipants **agreed** that [the report](https://example.org/r) matters.";
    expect(renderRecapPreview(body, [])).toBe(renderRecapMarkdown(body));
  });

  it("marks a name in place, with the reason as its title", () => {
    const body = "Participants agreed.\n\nWomen, in the view of Sarah Taylor, are agents of protection.";
    const html = renderRecapPreview(body, hitsIn(body));
    expect(html).toMatch(/<p>Women, in the view of <mark class="guard-hit" data-hit="0" title="[^"]*Sarah Taylor[^"]*">Sarah Taylor<\/mark>, are agents/);
    // Without the marks it is the public rendering.
    expect(html.replace(/<\/?mark[^>]*>/g, "")).toBe(renderRecapMarkdown(body));
  });

  it("keeps the HTML well nested when a hit crosses emphasis", () => {
    const body = "“Act now,” said **Sarah Taylor**.";
    const hits = hitsIn(body);
    expect(hits.length).toBeGreaterThan(0);
    const html = renderRecapPreview(body, hits);
    expect(html).toContain("</mark><strong><mark");
    expect(html).toContain("</mark></strong>");
    // Every mark opened is closed, inside the element it opened in.
    const opens = html.match(/<mark /g)?.length ?? 0;
    expect(html.match(/<\/mark>/g)?.length).toBe(opens);
    expect(html).not.toMatch(/[\uE000\uE001]/);
  });

  it("escapes the reason and never lets a marker into a link target", () => {
    const body = "See [the notes](https://example.org/Taylor) from Sarah Taylor.";
    const hits = hitsIn(body);
    const html = renderRecapPreview(body, hits);
    expect(html).toContain('href="https://example.org/Taylor"');
    expect(html).not.toMatch(/[\uE000\uE001]/);
    const reasons = [...html.matchAll(/title="([^"]*)"/g)].map((m) => m[1]);
    expect(reasons.every((r) => !r.includes("<"))).toBe(true);
  });

  it("ignores private-use characters typed into the text", () => {
    expect(renderRecapPreview("A\uE000B\uE001C", [])).toBe("<p>ABC</p>\n");
  });
});
