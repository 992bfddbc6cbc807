import { describe, expect, it } from "vitest";
import { periodOptions, resolvePeriod } from "./period";

const NOW = new Date("2026-12-06T00:40:00Z");

describe("report periods", () => {
  it("defaults to the twelve months up to now", () => {
    const p = resolvePeriod(undefined, NOW)!;
    expect(p.key).toBe("last-12-months");
    expect(p.from.toISOString()).toBe("2025-12-06T00:40:00.000Z");
    expect(p.to).toEqual(NOW);
    expect(resolvePeriod("  ", NOW)?.key).toBe("last-12-months");
  });

  it("reads a calendar year as 1 January to 1 January", () => {
    const p = resolvePeriod("2025", NOW)!;
    expect([p.from.toISOString(), p.to.toISOString(), p.label]).toEqual(["2025-01-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z", "2025"]);
  });

  it("offers this year and the four before, and refuses anything else", () => {
    expect(periodOptions(NOW).map((p) => p.key)).toEqual(["last-12-months", "2026", "2025", "2024", "2023", "2022"]);
    for (const bad of ["2021", "2027", "last-week", "2025-01", "<script>"]) expect(resolvePeriod(bad, NOW)).toBeNull();
  });
});
