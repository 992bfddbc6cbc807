import { describe, expect, it } from "vitest";
import { addDays, dayIn, isDay, monthGrid, shiftMonth, startOfWeek, weekDays } from "./calendar";

describe("calendar arithmetic", () => {
  it("starts weeks on Monday", () => {
    expect(startOfWeek("2026-12-06")).toBe("2026-11-30"); // a Sunday
    expect(startOfWeek("2026-11-30")).toBe("2026-11-30");
    expect(weekDays("2026-12-02")).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
  });

  it("lays out a month in whole weeks", () => {
    const weeks = monthGrid(2026, 12);
    expect(weeks[0][0]).toBe("2026-11-30");
    expect(weeks.at(-1)?.at(-1)).toBe("2027-01-03");
    expect(weeks).toHaveLength(5);
    expect(monthGrid(2027, 2)).toHaveLength(4); // February 2027 starts on a Monday
  });

  it("moves across months and years", () => {
    expect(shiftMonth("2026-12-15", 1)).toBe("2027-01-01");
    expect(shiftMonth("2026-01-31", -1)).toBe("2025-12-01");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
  });

  it("puts an instant on the day it is in the zone", () => {
    const late = new Date("2026-12-03T02:00:00Z");
    expect(dayIn(late, "America/New_York")).toBe("2026-12-02");
    expect(dayIn(late, "Asia/Bahrain")).toBe("2026-12-03");
  });

  it("accepts only real dates", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-30")).toBe(false);
    expect(isDay("../x")).toBe(false);
  });
});
