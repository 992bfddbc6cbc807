import { describe, expect, it } from "vitest";
import { cateringSummary } from "./catering";

describe("catering", () => {
  it("counts covers and groups needs however they were typed, names behind each", () => {
    const summary = cateringSummary([
      { givenName: "Ine", familyName: "Søreide", dietary: "Vegetarian", plusOneName: "Guest" },
      { givenName: "Adam", familyName: "Lupel", dietary: " vegetarian. ", plusOneName: null },
      { givenName: "Terje", familyName: "Rød-Larsen", dietary: "Nut allergy", plusOneName: null },
      { givenName: "Amin", familyName: "Sharkawi", dietary: null, plusOneName: null },
    ]);
    expect(summary.covers).toBe(5);
    expect(summary.noNeeds).toBe(2);
    expect(summary.needs).toEqual([
      { need: "Vegetarian", count: 2, names: ["Adam Lupel", "Ine Søreide"] },
      { need: "Nut allergy", count: 1, names: ["Terje Rød-Larsen"] },
    ]);
  });
});
