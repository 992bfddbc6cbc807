import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { toZonedInput } from "./time";

// iCalendar (RFC 5545) written here, a line at a time. A calendar file is a
// short list of properties; ical-generator, which wrote them before, measured
// every character's UTF-8 length with a new TextEncoder when folding lines:
// about 1 ms of CPU per confirmation email, in the request of the guest who
// accepted. ical.test.ts compares this writer's output with that library's.

/** RFC 5545 PARTSTAT: where the person stands. */
export type CalendarPartStat = "ACCEPTED" | "DECLINED" | "TENTATIVE" | "DELEGATED" | "NEEDS-ACTION";

export type CalendarParty = { name: string; email: string };
export type CalendarAttendee = CalendarParty & { partStat: CalendarPartStat };

export type CalendarEvent = {
  uid: string;
  sequence: number;
  title: string;
  description?: string | null;
  url?: string | null;
  location?: string | null;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  cancelled?: boolean;
  /** Who sends the invitation (RFC 5546 requires it, and attendees, for REQUEST and CANCEL). */
  organizer?: CalendarParty | null;
  attendees?: readonly CalendarAttendee[];
};


/** Wall-clock time in the event's zone, written under TZID: 20261207T180000. */
const local = (d: Date, timeZone: string) => `${toZonedInput(d, timeZone).replace(/[-:]/g, "")}00`;

/** A moment in UTC: 20261207T150000Z. */
const utc = (d: Date) => `${d.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;

/** A TEXT value (§3.3.11): backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** A quoted parameter value (CN="..."): it cannot hold a double quote or a line break, so RFC 6868 writes them as ^' and ^n. */
export function quoteParam(value: string): string {
  return `"${value.replace(/\^/g, "^^").replace(/"/g, "^'").replace(/\r\n|\r|\n/g, "^n")}"`;
}

/**
 * Content lines are folded (§3.1) at 74 octets, as ical-generator did: a line break and a
 * space before the octet that would pass 74 (75 with that space), never inside a character.
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, "utf8") <= 74) return line;
  let out = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8");
    octets += size;
    if (octets > 74) {
      out += "\r\n ";
      octets = size;
    }
    out += char;
  }
  return out;
}

// The zones' definitions read so far: the package reads a file from disk for
// every lookup, which every guest's calendar file and every feed paid again.
// Only zones it knows are kept, so the map cannot grow past its list.
const vtimezones = new Map<string, string>();

/**
 * The VTIMEZONE of a zone, or null when none is known. The package reads its
 * zone files from disk beside its own module, so it must stay a plain Node
 * require (serverExternalPackages in next.config.ts): bundled, its path
 * points nowhere and every lookup quietly answers null.
 */
export function vtimezoneOf(timeZone: string): string | null {
  const known = vtimezones.get(timeZone);
  if (known !== undefined) return known;
  const read = getVtimezoneComponent(timeZone) || null;
  if (read) vtimezones.set(timeZone, read);
  return read;
}

/**
 * An iCalendar file whose times carry the event's own zone (TZID with its
 * VTIMEZONE), so a calendar in any zone shows the right hour. A zone with no
 * VTIMEZONE is written in UTC instead: a TZID without its definition is
 * invalid (RFC 5545 §3.2.19), and Outlook then guesses the hour. `uid` stays
 * the same for the life of an event or invitation; `sequence` grows with
 * every change guests must see.
 */
export function buildCalendar(opts: { name: string; events: CalendarEvent[]; method?: "publish" | "request" | "cancel" }): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Convene//Events//EN", `METHOD:${(opts.method ?? "publish").toUpperCase()}`];
  lines.push(`NAME:${escapeText(opts.name)}`, `X-WR-CALNAME:${escapeText(opts.name)}`);
  // Each zone an event is written in, defined once, before the events.
  const zones = new Map<string, string>();
  for (const e of opts.events) {
    if (zones.has(e.timeZone)) continue;
    const vtimezone = vtimezoneOf(e.timeZone);
    if (vtimezone) zones.set(e.timeZone, vtimezone);
  }
  for (const vtimezone of zones.values()) lines.push(...vtimezone.trim().split(/\r?\n/));
  const stamp = utc(new Date());
  for (const e of opts.events) {
    const zoned = zones.has(e.timeZone);
    lines.push("BEGIN:VEVENT", `UID:${e.uid}`, `SEQUENCE:${e.sequence}`, `DTSTAMP:${stamp}`);
    lines.push(zoned ? `DTSTART;TZID=${e.timeZone}:${local(e.startsAt, e.timeZone)}` : `DTSTART:${utc(e.startsAt)}`);
    lines.push(zoned ? `DTEND;TZID=${e.timeZone}:${local(e.endsAt, e.timeZone)}` : `DTEND:${utc(e.endsAt)}`);
    lines.push(`SUMMARY:${escapeText(e.title)}`);
    if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`);
    if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`);
    if (e.organizer) lines.push(`ORGANIZER;CN=${quoteParam(e.organizer.name)}:mailto:${e.organizer.email}`);
    // Guests answer through their personal link, not by calendar reply (RSVP=FALSE).
    for (const a of e.attendees ?? []) lines.push(`ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=${a.partStat};RSVP=FALSE;CN=${quoteParam(a.name)}:MAILTO:${a.email}`);
    if (e.url) lines.push(`URL;VALUE=URI:${e.url}`);
    lines.push(`STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`, "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n");
}
