import { describe, expect, it } from "vitest";
import { buildCalendar } from "./ical";

const event = {
  uid: "event-1@convene",
  sequence: 2,
  title: "MIKTA and the Future of UN Peacekeeping",
  startsAt: new Date("2026-12-07T15:00:00Z"),
  endsAt: new Date("2026-12-07T17:00:00Z"),
  timeZone: "Asia/Bahrain",
  location: "IPI MENA Office, Manama",
};

describe("iCalendar files", () => {
  it("writes times in the event's own zone with its VTIMEZONE", () => {
    const ics = buildCalendar({ name: "Events", events: [event] });
    expect(ics).toContain("DTSTART;TZID=Asia/Bahrain:20261207T180000");
    expect(ics).toContain("DTEND;TZID=Asia/Bahrain:20261207T200000");
    expect(ics).toMatch(/BEGIN:VTIMEZONE\r?\nTZID:Asia\/Bahrain/);
  });

  it("keeps a stable UID and the sequence given", () => {
    const ics = buildCalendar({ name: "Events", events: [event], method: "request" });
    expect(ics).toContain("UID:event-1@convene");
    expect(ics).toContain("SEQUENCE:2");
    expect(ics).toContain("METHOD:REQUEST");
  });

  it("marks a cancellation", () => {
    const ics = buildCalendar({ name: "Events", events: [{ ...event, cancelled: true }], method: "cancel" });
    expect(ics).toContain("METHOD:CANCEL");
    expect(ics).toContain("STATUS:CANCELLED");
  });

  it("handles a zone that changes its clocks", () => {
    const ics = buildCalendar({
      name: "Events",
      events: [{ ...event, timeZone: "America/New_York", startsAt: new Date("2026-07-01T17:15:00Z"), endsAt: new Date("2026-07-01T18:45:00Z") }],
    });
    expect(ics).toContain("DTSTART;TZID=America/New_York:20260701T131500");
    expect(ics).toContain("BEGIN:DAYLIGHT");
  });
});
