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

/** Every TZID a DTSTART or DTEND uses, and every TZID a VTIMEZONE defines. */
function zonesOf(ics: string) {
  const used = new Set([...ics.matchAll(/^DT(?:START|END);TZID=([^:;\r\n]+)/gm)].map((m) => m[1]));
  const defined = new Set([...ics.matchAll(/BEGIN:VTIMEZONE\r?\nTZID:([^\r\n]+)/g)].map((m) => m[1]));
  return { used, defined };
}

describe("iCalendar files describe every zone they use", () => {
  it("defines a VTIMEZONE for each TZID, once per zone", () => {
    const ics = buildCalendar({
      name: "Events",
      events: [
        event,
        { ...event, uid: "event-2@convene", timeZone: "America/New_York" },
        { ...event, uid: "event-3@convene", timeZone: "Europe/Vienna" },
        { ...event, uid: "event-4@convene", timeZone: "America/New_York" },
      ],
    });
    const { used, defined } = zonesOf(ics);
    expect([...used].sort()).toEqual(["America/New_York", "Asia/Bahrain", "Europe/Vienna"]);
    expect(defined).toEqual(used);
    expect(ics.match(/TZID:America\/New_York\r?\n/g)).toHaveLength(1);
  });

  it("writes an event in a zone it has no VTIMEZONE for in UTC, never as a bare TZID", () => {
    // Offered in the event form (the runtime knows it), absent from the zone data.
    const ics = buildCalendar({ name: "Events", events: [{ ...event, timeZone: "America/Buenos_Aires" }] });
    expect(ics).not.toContain("TZID=America/Buenos_Aires");
    expect(ics).toContain("DTSTART:20261207T150000Z");
    expect(ics).toContain("DTEND:20261207T170000Z");
    const { used, defined } = zonesOf(ics);
    expect(defined).toEqual(used);
  });
});

describe("calendar invitations name their organizer and attendee", () => {
  const organizer = { name: "International Peace Institute", email: "events@convene.local" };
  const guest = { name: "Ms. Ine Eriksen Søreide", email: "ine@example.org" };

  it("writes ORGANIZER and each ATTENDEE with their answer, not asking for a calendar reply", () => {
    const ics = buildCalendar({ name: "Events", method: "request", events: [{ ...event, organizer, attendees: [{ ...guest, partStat: "ACCEPTED" }] }] });
    const unfolded = ics.replace(/\r?\n[ \t]/g, "");
    expect(unfolded).toMatch(/^ORGANIZER;CN="?International Peace Institute"?:mailto:events@convene\.local\r?$/im);
    const attendee = unfolded.split(/\r?\n/).find((l) => l.startsWith("ATTENDEE"));
    expect(attendee).toContain("PARTSTAT=ACCEPTED");
    expect(attendee).toContain("RSVP=FALSE");
    expect(attendee).toContain('CN="Ms. Ine Eriksen Søreide"');
    expect(attendee).toMatch(/:mailto:ine@example\.org$/i);
  });
});
