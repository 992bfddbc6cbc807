import { describe, expect, it } from "vitest";
import { excerpt } from "./excerpt";

describe("recap excerpt", () => {
  it("takes the first paragraph without markup", () => {
    expect(excerpt("## Heading\n\nOn 26 September, **IPI** cohosted [a symposium](https://example.org).\n\nMore.")).toBe(
      "On 26 September, IPI cohosted a symposium.",
    );
  });

  it("cuts long text at a word with an ellipsis", () => {
    const text = "word ".repeat(100);
    const out = excerpt(text, 50);
    expect(out.length).toBeLessThanOrEqual(51);
    expect(out.endsWith("word…")).toBe(true);
  });
});
