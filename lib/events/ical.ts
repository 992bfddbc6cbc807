import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { toZonedInput } from "./time";

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

const PARTSTAT: Record<CalendarPartStat, ICalAttendeeStatus> = {
  ACCEPTED: ICalAttendeeStatus.ACCEPTED,
  DECLINED: ICalAttendeeStatus.DECLINED,
  TENTATIVE: ICalAttendeeStatus.TENTATIVE,
  DELEGATED: ICalAttendeeStatus.DELEGATED,
  "NEEDS-ACTION": ICalAttendeeStatus.NEEDSACTION,
};

/** Wall-clock time in the event's zone, which ical-generator writes under TZID as given. */
const local = (d: Date, timeZone: string) => `${toZonedInput(d, timeZone)}:00`;

/**
 * The VTIMEZONE of a zone, or null when none is known. The package reads its
 * zone files from disk beside its own module, so it must stay a plain Node
 * require (serverExternalPackages in next.config.ts): bundled, its path
 * points nowhere and every lookup quietly answers null.
 */
export function vtimezoneOf(timeZone: string): string | null {
  return getVtimezoneComponent(timeZone) || null;
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
  const calendar = ical({ name: opts.name, prodId: { company: "Convene", product: "Events", language: "EN" } });
  calendar.timezone({ name: null, generator: vtimezoneOf });
  switch (opts.method ?? "publish") {
    case "publish":
      calendar.method(ICalCalendarMethod.PUBLISH);
      break;
    case "request":
      calendar.method(ICalCalendarMethod.REQUEST);
      break;
    case "cancel":
      calendar.method(ICalCalendarMethod.CANCEL);
      break;
  }
  for (const e of opts.events) {
    const zoned = vtimezoneOf(e.timeZone) !== null;
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      start: zoned ? local(e.startsAt, e.timeZone) : e.startsAt,
      end: zoned ? local(e.endsAt, e.timeZone) : e.endsAt,
      timezone: zoned ? e.timeZone : null,
      summary: e.title,
      description: e.description ?? undefined,
      location: e.location ?? undefined,
      url: e.url ?? undefined,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      organizer: e.organizer ? { name: e.organizer.name, email: e.organizer.email } : undefined,
      // Guests answer through their personal link, not by calendar reply (RSVP=FALSE).
      attendees: (e.attendees ?? []).map((a) => ({ name: a.name, email: a.email, status: PARTSTAT[a.partStat], role: ICalAttendeeRole.REQ, rsvp: false })),
    });
  }
  return calendar.toString();
}
