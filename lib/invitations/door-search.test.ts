import { describe, expect, it } from "vitest";
import { matchesDoorSearch } from "./door-search";

describe("the door search", () => {
  it("finds guests by any part of the name or affiliation, accents ignored", () => {
    const g = "H.E. Ms. Ine Eriksen Søreide Norway";
    expect(matchesDoorSearch(g, "soreide")).toBe(true);
    expect(matchesDoorSearch(g, "ine norway")).toBe(true);
    expect(matchesDoorSearch(g, "ine sweden")).toBe(false);
  });
});
