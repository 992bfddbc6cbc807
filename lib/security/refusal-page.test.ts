import { describe, expect, it } from "vitest";
import { FOREIGN_ORIGIN_PAGE, refusalPage } from "./refusal-page";

describe("refusal pages", () => {
  it("say what happened in a titled, script-free page", () => {
    expect(FOREIGN_ORIGIN_PAGE).toContain("<title>This form was not sent from Convene — Convene</title>");
    expect(FOREIGN_ORIGIN_PAGE).toContain("Nothing was changed");
    expect(FOREIGN_ORIGIN_PAGE).not.toContain("<script");
  });
  it("escape their words", () => {
    expect(refusalPage("<b>", "a & b")).toContain("&lt;b&gt;");
    expect(refusalPage("x", "a & b")).toContain("a &amp; b");
  });
});
