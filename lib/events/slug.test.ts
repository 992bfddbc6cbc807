import { describe, expect, it } from "vitest";
import { isValidSlug, slugify } from "./slug";

describe("event slugs", () => {
  it("turns a title into a readable address", () => {
    expect(slugify("Human Rights and the 2030 Agenda")).toBe("human-rights-and-the-2030-agenda");
    expect(slugify("MINUSCA’s Mandate and Political Strategy")).toBe("minuscas-mandate-and-political-strategy");
    expect(slugify("Rød-Larsen: Søreide & Bachelet")).toBe("rod-larsen-soreide-bachelet");
  });

  it("cuts long titles at a word", () => {
    const slug = slugify("An Agenda for the People by the People: Consolidating Peace and Advancing Development in Sierra Leone");
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith("-")).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it("accepts only lower-case words joined by single hyphens", () => {
    expect(isValidSlug("policy-forum-2026")).toBe(true);
    for (const slug of ["Policy-Forum", "a--b", "../etc/passwd", ""]) expect(isValidSlug(slug), slug).toBe(false);
  });
});
