import { describe, expect, it } from "vitest";
import { isValidTimeZone } from "./time";
import { localInputInstant, timeZoneOptions, timesInCaption, zoneCity } from "./time-zones";

describe("the zone beside an event's times", () => {
  const winter = new Date("2026-12-03T15:00:00Z");
  const summer = new Date("2026-07-03T15:00:00Z");

  it("names the city and the abbreviation in force on the day", () => {
    expect(timesInCaption("America/New_York", winter)).toBe("Times in New York (EST)");
    expect(timesInCaption("America/New_York", summer)).toBe("Times in New York (EDT)");
    expect(timesInCaption("Europe/Vienna", summer)).toBe("Times in Vienna (CEST)");
    expect(timesInCaption("Asia/Bahrain", winter)).toBe("Times in Bahrain (GMT+3)");
    expect(timesInCaption("UTC", winter)).toBe("Times in UTC");
    expect(timesInCaption("Not/AZone", winter)).toBe("Choose a time zone");
  });

  it("reads a city from a zone's name", () => {
    expect(zoneCity("America/Argentina/Buenos_Aires")).toBe("Buenos Aires");
    expect(zoneCity("Africa/Addis_Ababa")).toBe("Addis Ababa");
  });

  it("reads the instant a half-typed or complete time field names", () => {
    expect(localInputInstant("", "America/New_York")).toBeNull();
    expect(localInputInstant("2026-12-0", "America/New_York")).toBeNull();
    expect(localInputInstant("2026-12-03T10:00", "America/New_York")?.toISOString()).toBe("2026-12-03T15:00:00.000Z");
  });
});

describe("the zones the event form offers", () => {
  it("offers only zones the runtime knows, the common ones first", () => {
    const offered = timeZoneOptions();
    expect(offered.slice(0, 3)).toEqual(["America/New_York", "Europe/Vienna", "Asia/Bahrain"]);
    expect(offered.filter((z) => !isValidTimeZone(z))).toEqual([]);
    expect(new Set(offered).size).toBe(offered.length);
  });
});
