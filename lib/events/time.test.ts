import { describe, expect, it } from "vitest";
import {
  dateBlockParts,
  formatEventWhen,
  formatShortWhen,
  formatTimeRange,
  isValidTimeZone,
  toZonedInput,
  zoneAbbreviation,
  zonedParts,
  zoneOffsetMinutes,
  zonedTimeToUtc,
} from "./time";

describe("event times", () => {
  it("stores 18:00 in Manama as 15:00 UTC and shows it back as 18:00", () => {
    const instant = zonedTimeToUtc("2026-12-07T18:00", "Asia/Bahrain");
    expect(instant.toISOString()).toBe("2026-12-07T15:00:00.000Z");
    expect(toZonedInput(instant, "Asia/Bahrain")).toBe("2026-12-07T18:00");
    expect(zoneAbbreviation(instant, "Asia/Bahrain")).toBe("GMT+3");
  });

  it("handles New York on both sides of daylight saving", () => {
    expect(zonedTimeToUtc("2019-10-24T13:15", "America/New_York").toISOString()).toBe("2019-10-24T17:15:00.000Z");
    expect(zonedTimeToUtc("2026-12-01T13:15", "America/New_York").toISOString()).toBe("2026-12-01T18:15:00.000Z");
    // 02:30 on the spring-forward night does not exist: it moves to 03:30.
    expect(zonedTimeToUtc("2026-03-08T02:30", "America/New_York").toISOString()).toBe("2026-03-08T07:30:00.000Z");
    // 01:30 on the fall-back night happens twice: the first (EDT) is taken.
    expect(zonedTimeToUtc("2026-11-01T01:30", "America/New_York").toISOString()).toBe("2026-11-01T05:30:00.000Z");
  });

  it("writes the house style with the zone's abbreviation", () => {
    const start = new Date("2019-10-24T17:15:00Z");
    const end = new Date("2019-10-24T18:45:00Z");
    expect(formatEventWhen(start, end, "America/New_York")).toBe("Thursday 24 October 2019, 1:15–2:45 pm EDT");
  });

  it("gives the time range alone for the details panel", () => {
    const start = new Date("2019-10-24T17:15:00Z");
    const end = new Date("2019-10-24T18:45:00Z");
    expect(formatTimeRange(start, end, "America/New_York")).toBe("1:15–2:45 pm EDT");
  });

  it("names both meridiems when a range crosses noon, and drops :00", () => {
    const start = zonedTimeToUtc("2026-12-02T11:30", "Europe/Vienna");
    const end = zonedTimeToUtc("2026-12-02T13:00", "Europe/Vienna");
    expect(formatEventWhen(start, end, "Europe/Vienna")).toBe("Wednesday 2 December 2026, 11:30 am–1 pm CET");
  });

  it("spells out both days when an event runs overnight", () => {
    const start = zonedTimeToUtc("2026-12-02T09:00", "Europe/Vienna");
    const end = zonedTimeToUtc("2026-12-03T17:00", "Europe/Vienna");
    expect(formatEventWhen(start, end, "Europe/Vienna")).toBe(
      "Wednesday 2 December 2026, 9 am – Thursday 3 December 2026, 5 pm CET",
    );
  });

  it("gives the date block in the event's zone, not the server's", () => {
    // 02:00 UTC on the 3rd is still the evening of the 2nd in New York.
    const parts = dateBlockParts(new Date("2026-12-03T02:00:00Z"), "America/New_York");
    expect(parts).toEqual({ weekday: "Wednesday", day: "2", month: "Dec", year: "2026", time: "9 pm", zone: "EST" });
  });

  it("accepts IANA zones and refuses anything else", () => {
    for (const zone of ["Asia/Bahrain", "UTC"]) expect(isValidTimeZone(zone), zone).toBe(true);
    for (const zone of ["Mars/Olympus", "EST", ""]) expect(isValidTimeZone(zone), zone).toBe(false);
  });

  it("writes a reader's own time short, in the same house style as the event's", () => {
    expect(formatShortWhen(new Date("2026-12-10T20:00:00Z"), "America/New_York")).toBe("Thu 10 Dec, 3 pm EST");
    expect(formatShortWhen(new Date("2026-07-02T07:30:00Z"), "Europe/Vienna")).toBe("Thu 2 Jul, 9:30 am CEST");
  });
});

describe("the wall clock read once per slot of a zone", () => {
  // What Intl says, asked afresh for every instant: the reference the slot cache must equal.
  const reference = new Map<string, Intl.DateTimeFormat>();
  const byIntl = (date: Date, timeZone: string) => {
    const map: Record<string, string> = {};
    let f = reference.get(timeZone);
    if (!f) reference.set(timeZone, (f = new Intl.DateTimeFormat("en-US", { timeZone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", weekday: "long" })));
    for (const p of f.formatToParts(date)) map[p.type] = p.value;
    return { year: +map.year, month: +map.month, day: +map.day, hour: +map.hour, minute: +map.minute, second: +map.second, weekday: map.weekday };
  };
  const zones = ["America/New_York", "Europe/London", "Europe/Oslo", "Asia/Kathmandu", "Australia/Lord_Howe", "America/St_Johns", "Pacific/Chatham", "Asia/Gaza", "Africa/Casablanca", "UTC", "Asia/Bahrain"];

  it("equals Intl every two hours, every five minutes around each change of offset, and at random instants, 1995–2035", { timeout: 120_000 }, () => {
    let checked = 0;
    for (const zone of zones) {
      for (const year of [1995, 2024, 2026, 2035]) {
        // Every two hours of the year; where the offset changed, every five minutes (and the seconds at the change) since the last look.
        let previous: number | null = null;
        for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 7_200_000) {
          const date = new Date(t);
          expect(zonedParts(date, zone), `${zone} ${date.toISOString()}`).toEqual(byIntl(date, zone));
          const offset = zoneOffsetMinutes(date, zone);
          if (previous !== null && offset !== previous) {
            for (let s = t - 7_200_000; s <= t; s += 300_000) {
              for (const at of [s - 1000, s, s + 1000]) {
                const around = new Date(at);
                expect(zonedParts(around, zone), `${zone} ${around.toISOString()}`).toEqual(byIntl(around, zone));
                checked++;
              }
            }
          }
          previous = offset;
          checked++;
        }
      }
      for (let i = 0; i < 200; i++) {
        const date = new Date(Date.UTC(1995, 0, 1) + Math.floor(Math.random() * 40 * 365 * 86_400_000) + Math.floor(Math.random() * 1000));
        expect(zonedParts(date, zone), `${zone} ${date.toISOString()}`).toEqual(byIntl(date, zone));
      }
    }
    expect(checked).toBeGreaterThan(40_000);
  });

  it("gives the abbreviation Intl gives, on both sides of a change", () => {
    expect(zoneAbbreviation(new Date("2026-03-08T06:59:59Z"), "America/New_York")).toBe("EST");
    expect(zoneAbbreviation(new Date("2026-03-08T07:00:00Z"), "America/New_York")).toBe("EDT");
    expect(zoneAbbreviation(new Date("2026-03-29T00:59:59Z"), "Europe/London")).toBe("GMT");
    expect(zoneAbbreviation(new Date("2026-03-29T01:00:00Z"), "Europe/London")).toBe("BST");
    expect(zoneAbbreviation(new Date("2026-10-25T00:59:59Z"), "Europe/Oslo")).toBe("CEST");
    expect(zoneAbbreviation(new Date("2026-10-25T01:00:00Z"), "Europe/Oslo")).toBe("CET");
    expect(zoneAbbreviation(new Date("2026-06-01T12:00:00Z"), "Asia/Kathmandu")).toBe("GMT+5:45");
    // Read again from the slot: the same answer.
    expect(zoneAbbreviation(new Date("2026-03-08T07:30:00Z"), "America/New_York")).toBe("EDT");
  });
});
