import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { toZonedInput } from "./time";

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
};

/** Wall-clock time in the event's zone, which ical-generator writes under TZID as given. */
const local = (d: Date, timeZone: string) => `${toZonedInput(d, timeZone)}:00`;

/**
 * An iCalendar file whose times carry the event's own zone (TZID with its
 * VTIMEZONE), so a calendar in any zone shows the right hour. `uid` stays the
 * same for the life of an event or invitation; `sequence` grows with every
 * change guests must see.
 */
export function buildCalendar(opts: { name: string; events: CalendarEvent[]; method?: "publish" | "request" | "cancel" }): string {
  const calendar = ical({ name: opts.name, prodId: { company: "Convene", product: "Events", language: "EN" } });
  calendar.timezone({ name: null, generator: (tz) => getVtimezoneComponent(tz) ?? null });
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
    calendar.createEvent({
      id: e.uid,
      sequence: e.sequence,
      start: local(e.startsAt, e.timeZone),
      end: local(e.endsAt, e.timeZone),
      timezone: e.timeZone,
      summary: e.title,
      description: e.description ?? undefined,
      location: e.location ?? undefined,
      url: e.url ?? undefined,
      status: e.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
