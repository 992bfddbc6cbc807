import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, quoteParam, vtimezoneOf, type CalendarEvent, type CalendarPartStat } from "./ical";
import { toZonedInput } from "./time";

// ical.ts writes iCalendar itself. This is the file ical-generator (which wrote
// it before, and stays a dev dependency for this test) writes for the same events,
// set up as ical.ts set it up: the two must agree line for line.
const PARTSTAT: Record<CalendarPartStat, ICalAttendeeStatus> = {
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  DECLINED: ICalAttendeeStatus.DECLINED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
  DELEGATED: ICalAttendeeStatus.DELEGATED,
  "NEEDS-ACTION": ICalAttendeeStatus.NEEDSACTION,
};
const METHOD = { publish: ICalCalendarMethod.PUBLISH, request: ICalCalendarMethod.REQUEST, cancel: ICalCalendarMethod.CANCEL };

function withLibrary(opts: { name: string; events: CalendarEvent[]; method: "publish" | "request" | "cancel" }): string {
  const calendar = ical({ name: opts.name, prodId: { company: "Convene", product: "Events", language: "EN" } });
  calendar.timezone({ name: null, generator: vtimezoneOf });
  calendar.method(METHOD[opts.method]);
  for (const e of opts.events) {
    const zoned = vtimezoneOf(e.timeZone) !== null;
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      start: zoned ? `${toZonedInput(e.startsAt, e.timeZone)}:00` : e.startsAt,
      end: zoned ? `${toZonedInput(e.endsAt, e.timeZone)}:00` : e.endsAt,
      timezone: zoned ? e.timeZone : null,
      summary: e.title,
      description: e.description ?? undefined,
      location: e.location ?? undefined,
      url: e.url ?? undefined,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: e.organizer ? { name: e.organizer.name, email: e.organizer.email } : undefined,
      attendees: (e.attendees ?? []).map((a) => ({ name: a.name, email: a.email, status: PARTSTAT[a.partStat], role: ICalAttendeeRole.REQ, rsvp: false })),
    });
  }
  return calendar.toString();
}

const stampless = (ics: string) => ics.replace(/^DTSTAMP:\d{8}T\d{6}Z$/gm, "DTSTAMP:…");

const forum: CalendarEvent = {
  uid: "invitation-6f1c@convene",
  sequence: 3,
  title: "Women, Peace and Security: the next twenty-five years; a forum with the Permanent Missions of Norway and Ghana",
  description: "Opening remarks by the President.\nClosing remarks — followed by a reception with ünïcödé, 日本語 and emoji 🌍 that run past seventy-five octets.",
  url: "https://events.example.org/events/wps-forum",
  location: "International Peace Institute, 777 United Nations Plaza, 12th floor, New York",
  startsAt: new Date("2027-03-01T14:00:00Z"),
  endsAt: new Date("2027-03-01T16:30:00Z"),
  timeZone: "America/New_York",
  organizer: { name: "International Peace Institute", email: "events@example.org" },
  attendees: [{ name: "H.E. Ms. Ine Eriksen Søreide, Minister of Foreign Affairs of Norway", email: "ine@example.org", partStat: "ACCEPTED" }],
};

describe("the iCalendar writer", () => {
  it("writes what ical-generator wrote, line for line, for invitations, feeds and cancellations", () => {
    const cases: { name: string; events: CalendarEvent[]; method: "publish" | "request" | "cancel" }[] = [
      { name: "Women Peace and Security", method: "request", events: [forum] },
      { name: "Cancelled", method: "cancel", events: [{ ...forum, cancelled: true, attendees: [{ ...forum.attendees![0], partStat: "DECLINED" }] }] },
      {
        name: "Convene events",
        method: "publish",
        events: [
          forum,
          { ...forum, uid: "event-2@convene", timeZone: "Asia/Bahrain", description: null, url: null, location: null, organizer: null, attendees: [] },
          { ...forum, uid: "event-3@convene", timeZone: "America/Buenos_Aires", title: "A zone with no VTIMEZONE" },
          { ...forum, uid: "event-4@convene", timeZone: "Europe/Vienna", title: "x".repeat(74), description: "y".repeat(75) },
          { ...forum, uid: "event-5@convene", timeZone: "America/New_York", title: "Back slash \\ and semi;colon" },
        ],
      },
    ];
    for (const c of cases) expect(stampless(buildCalendar(c))).toBe(stampless(withLibrary(c)));
  });

  it("escapes text, quotes parameters by RFC 6868, and folds at 74 octets without splitting a character", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
    expect(quoteParam('The "Desk" ^ of\nEvents')).toBe(`"The ^'Desk^' ^^ of^nEvents"`);
    expect(foldLine("x".repeat(74))).toBe("x".repeat(74));
    expect(foldLine("x".repeat(75))).toBe(`${"x".repeat(74)}\r\n x`);
    // A three-octet character that would cross the 74th octet moves to the next line whole.
    const folded = foldLine(`${"x".repeat(73)}日本`);
    expect(folded).toBe(`${"x".repeat(73)}\r\n 日本`);
    for (const line of foldLine("é".repeat(200)).split("\r\n")) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    // The calendar's own name is TEXT too (ical-generator wrote it unescaped).
    expect(buildCalendar({ name: "Forums, dinners; seminars", events: [] })).toContain("X-WR-CALNAME:Forums\\, dinners\\; seminars\r\n");
  });
});
