import { describe, expect, it } from "vitest";
import { DEFAULT_REMIND_SPACING_DAYS, invitedAgo, parseSpacingDays, splitBySpacing } from "./remind-spacing";

const DAY = 86_400_000;
const now = new Date("2026-12-05T15:00:00Z");
const ago = (days: number) => new Date(now.getTime() - days * DAY);

describe("remind spacing", () => {
  it("skips guests invited less than the days asked for, with the reason, and reminds the rest", () => {
    const guests = [
      { name: "today", invitedAt: ago(0.1) },
      { name: "two days", invitedAt: ago(2.5) },
      { name: "three days", invitedAt: ago(3) },
      { name: "a week", invitedAt: ago(7) },
      { name: "unknown", invitedAt: null },
    ];
    const { due, skipped } = splitBySpacing(guests, 3, now);
    expect(due.map((g) => g.name)).toEqual(["three days", "a week", "unknown"]);
    expect(skipped.map((g) => [g.name, g.reason])).toEqual([
      ["today", "Invited today, less than 3 days ago"],
      ["two days", "Invited 2 days ago, less than 3 days ago"],
    ]);
  });

  it("reminds everyone when the spacing is zero", () => {
    const { due, skipped } = splitBySpacing([{ invitedAt: ago(0) }, { invitedAt: ago(1) }], 0, now);
    expect(due).toHaveLength(2);
    expect(skipped).toHaveLength(0);
  });

  it("reads the days from the page, falling back to the default on nonsense", () => {
    expect(DEFAULT_REMIND_SPACING_DAYS).toBe(3);
    expect(parseSpacingDays(undefined)).toBe(3);
    expect(parseSpacingDays("0")).toBe(0);
    expect(parseSpacingDays(" 5 ")).toBe(5);
    expect(parseSpacingDays(["7", "2"])).toBe(7);
    expect(parseSpacingDays("-1")).toBe(3);
    expect(parseSpacingDays("2.5")).toBe(3);
    expect(parseSpacingDays("abc")).toBe(3);
    expect(parseSpacingDays("999")).toBe(60);
  });

  it("says how long ago a guest was invited", () => {
    expect(invitedAgo(ago(0.5), now)).toBe("Invited today");
    expect(invitedAgo(ago(1.2), now)).toBe("Invited yesterday");
    expect(invitedAgo(ago(4), now)).toBe("Invited 4 days ago");
  });
});
