import { describe, expect, it, vi } from "vitest";

// What a bundled build met: the zone data could not be read, so every lookup
// answered null, and the calendar carried TZIDs with no VTIMEZONE.
vi.mock("@touch4it/ical-timezones", () => ({ getVtimezoneComponent: () => null }));

const { buildCalendar } = await import("./ical");

describe("iCalendar files when the zone data cannot be read", () => {
  it("fall back to UTC times rather than naming a zone they do not define", () => {
    const ics = buildCalendar({
      name: "Events",
      events: [
        {
          uid: "event-1@convene",
          sequence: 0,
          title: "MIKTA and the Future of UN Peacekeeping",
          startsAt: new Date("2026-07-01T14:00:00Z"),
          endsAt: new Date("2026-07-01T16:00:00Z"),
          timeZone: "America/New_York",
        },
      ],
    });
    expect(ics).not.toContain("TZID");
    expect(ics).toContain("DTSTART:20260701T140000Z");
  });
});
