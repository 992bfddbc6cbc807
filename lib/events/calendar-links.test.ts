import { describe, expect, it } from "vitest";
import { googleCalendarUrl, icsPath, outlookCalendarUrl, shareLinks, utcStamp } from "./calendar-links";

const event = {
  slug: "baltic-sea-security-roundtable",
  title: "Baltic Sea Security & the UN",
  summary: "A roundtable on regional security.",
  startsAt: new Date("2026-12-10T15:00:00Z"),
  endsAt: new Date("2026-12-10T16:30:00Z"),
  location: "IPI, New York",
};
const ORIGIN = "https://events.example.org";

describe("add to calendar links", () => {
  it("write times in UTC, to the second", () => {
    expect(utcStamp(new Date("2026-12-10T15:00:00.000Z"))).toBe("20261210T150000Z");
  });

  it("give Google the title, the UTC times, the place and the page's address", () => {
    const url = new URL(googleCalendarUrl(event, ORIGIN));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(url.searchParams.get("action")).toBe("TEMPLATE");
    expect(url.searchParams.get("text")).toBe("Baltic Sea Security & the UN");
    expect(url.searchParams.get("dates")).toBe("20261210T150000Z/20261210T163000Z");
    expect(url.searchParams.get("location")).toBe("IPI, New York");
    expect(url.searchParams.get("details")).toBe("A roundtable on regional security.\n\nhttps://events.example.org/events/baltic-sea-security-roundtable");
  });

  it("give Outlook the same event in its own words", () => {
    const url = new URL(outlookCalendarUrl({ ...event, location: null, summary: null }, ORIGIN));
    expect(url.hostname).toBe("outlook.office.com");
    expect(url.searchParams.get("subject")).toBe(event.title);
    expect(url.searchParams.get("startdt")).toBe("2026-12-10T15:00:00.000Z");
    expect(url.searchParams.get("enddt")).toBe("2026-12-10T16:30:00.000Z");
    expect(url.searchParams.has("location")).toBe(false);
    expect(url.searchParams.get("body")).toBe("https://events.example.org/events/baltic-sea-security-roundtable");
  });

  it("point everyone else to the event's own .ics file", () => {
    expect(icsPath(event.slug)).toBe("/events/baltic-sea-security-roundtable/calendar.ics");
  });
});

describe("share links", () => {
  it("carry the page's public address, escaped", () => {
    const links = shareLinks(event, ORIGIN);
    expect(links.map((l) => l.label)).toEqual(["Email", "LinkedIn", "X"]);
    expect(links[0].href).toBe(
      "mailto:?subject=Baltic%20Sea%20Security%20%26%20the%20UN&body=https%3A%2F%2Fevents.example.org%2Fevents%2Fbaltic-sea-security-roundtable",
    );
    expect(new URL(links[1].href).searchParams.get("url")).toBe("https://events.example.org/events/baltic-sea-security-roundtable");
    expect(new URL(links[2].href).searchParams.get("text")).toBe(event.title);
  });
});
