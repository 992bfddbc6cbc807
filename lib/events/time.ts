// Times are stored as instants (timestamptz) with the event's IANA zone and
// always shown in that zone, with its abbreviation.

import { dateFormatter } from "@/lib/date-formatters";

type Parts = { year: number; month: number; day: number; hour: number; minute: number; second: number; weekday: string };

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = partsFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      weekday: "long",
    });
    partsFormatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone || !timeZone.includes("/") && timeZone !== "UTC") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The wall clock in the zone, read by Intl (formatToParts: the dear part of every date shown). */
function zonedPartsByIntl(date: Date, timeZone: string): Parts {
  const map: Record<string, string> = {};
  for (const p of partsFormatter(timeZone).formatToParts(date)) map[p.type] = p.value;
  return {
    year: Number(map.year),
    month: Number(map.month),
    day: Number(map.day),
    hour: Number(map.hour),
    minute: Number(map.minute),
    second: Number(map.second),
    weekday: map.weekday,
  };
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const SLOT_MS = 6 * 3_600_000;
const MAX_SLOTS = 20_000;

/**
 * What a zone's clock is doing in one six-hour slot of UTC: its offset when
 * the offset holds for the whole slot (the same at its first and last
 * second: a zone changes its offset at most once in six hours), else null,
 * and the abbreviation that goes with it. A page of guests or events in one
 * zone reads the zone once per slot instead of once per date. Bounded: the
 * map starts again when it passes MAX_SLOTS entries.
 */
type Slot = { offsetMs: number | null; abbreviation?: string };
const slots = new Map<string, Slot>();

function slotOf(date: Date, timeZone: string): Slot {
  const start = Math.floor(date.getTime() / SLOT_MS) * SLOT_MS;
  const key = `${timeZone}|${start}`;
  let slot = slots.get(key);
  if (!slot) {
    const first = offsetByIntl(new Date(start), timeZone);
    const last = offsetByIntl(new Date(start + SLOT_MS - 1000), timeZone);
    slot = { offsetMs: first === last ? first : null };
    if (slots.size >= MAX_SLOTS) slots.clear();
    slots.set(key, slot);
  }
  return slot;
}

function offsetByIntl(date: Date, timeZone: string): number {
  const p = zonedPartsByIntl(date, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(date.getTime() / 1000) * 1000;
}

export function zonedParts(date: Date, timeZone: string): Parts {
  const { offsetMs } = slotOf(date, timeZone);
  if (offsetMs === null) return zonedPartsByIntl(date, timeZone);
  // Whole seconds, as Intl reads them.
  const wall = new Date(Math.floor(date.getTime() / 1000) * 1000 + offsetMs);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: WEEKDAYS[wall.getUTCDay()],
  };
}

/** Minutes east of UTC for the zone at that instant (Asia/Bahrain: 180). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
}

/**
 * The instant at which the wall clock in `timeZone` reads `local`
 * ("2026-12-01T18:00"). A time skipped by a DST change moves forward; a time
 * that occurs twice takes the first occurrence.
 */
export function zonedTimeToUtc(local: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) throw new RangeError(`Not a local date and time: ${local}`);
  const [, y, mo, d, h, mi, s] = m;
  const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, s ? +s : 0);
  // The zone's offset half a day either side covers any DST change near the time.
  const before = wall - zoneOffsetMinutes(new Date(wall - 43_200_000), timeZone) * 60_000;
  const after = wall - zoneOffsetMinutes(new Date(wall + 43_200_000), timeZone) * 60_000;
  const wanted = local.slice(0, 16);
  const matches = [before, after].filter((t) => toZonedInput(new Date(t), timeZone) === wanted);
  if (matches.length > 0) return new Date(Math.min(...matches));
  // In a spring-forward gap: read the clock as it was before the change.
  return new Date(before);
}

/** The value a datetime-local input shows for this instant in the zone: "2026-12-01T18:00". */
export function toZonedInput(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** "EDT", "CET"; zones without a common abbreviation read "GMT+3". */
export function zoneAbbreviation(date: Date, timeZone: string): string {
  // Within a slot whose offset holds, the abbreviation holds too: read once per slot.
  const slot = slotOf(date, timeZone);
  if (slot.offsetMs === null) return zoneAbbreviationByIntl(date, timeZone);
  return (slot.abbreviation ??= zoneAbbreviationByIntl(date, timeZone));
}

function zoneAbbreviationByIntl(date: Date, timeZone: string): string {
  for (const locale of ["en-US", "en-GB"]) {
    const name = dateFormatter(locale, { timeZone, timeZoneName: "short" })
      .formatToParts(date)
      .find((p) => p.type === "timeZoneName")?.value;
    if (name && !/^(GMT|UTC)[+-]/.test(name)) return name === "GMT" && timeZone !== "Europe/London" ? "UTC" : name;
  }
  const offset = zoneOffsetMinutes(date, timeZone);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hours = Math.floor(abs / 60);
  const minutes = abs % 60;
  return `GMT${sign}${hours}${minutes ? `:${String(minutes).padStart(2, "0")}` : ""}`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function clock(p: Parts): { text: string; meridiem: "am" | "pm" } {
  const meridiem = p.hour < 12 ? "am" : "pm";
  const h12 = p.hour % 12 === 0 ? 12 : p.hour % 12;
  return { text: p.minute === 0 ? String(h12) : `${h12}:${String(p.minute).padStart(2, "0")}`, meridiem };
}

function longDate(p: Parts, withYear = true): string {
  return `${p.weekday} ${p.day} ${MONTHS[p.month - 1]}${withYear ? ` ${p.year}` : ""}`;
}

/** "1:15 pm" */
export function formatClock(date: Date, timeZone: string): string {
  const c = clock(zonedParts(date, timeZone));
  return `${c.text} ${c.meridiem}`;
}

/** "Thursday 24 October 2019" */
export function formatLongDate(date: Date, timeZone: string): string {
  return longDate(zonedParts(date, timeZone));
}

/**
 * "Thursday 24 October 2019, 1:15–2:45 pm EDT"; across meridiems
 * "Thursday 24 October 2019, 11:30 am–1 pm EDT"; across days
 * "Thursday 24 October 2019, 9 am – Friday 25 October 2019, 5 pm CEST".
 */
export function formatEventWhen(start: Date, end: Date, timeZone: string): string {
  const s = zonedParts(start, timeZone);
  const e = zonedParts(end, timeZone);
  const zone = zoneAbbreviation(start, timeZone);
  const cs = clock(s);
  const ce = clock(e);
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
  if (!sameDay) return `${longDate(s)}, ${cs.text} ${cs.meridiem} – ${longDate(e)}, ${ce.text} ${ce.meridiem} ${zone}`;
  const range = cs.meridiem === ce.meridiem ? `${cs.text}–${ce.text} ${ce.meridiem}` : `${cs.text} ${cs.meridiem}–${ce.text} ${ce.meridiem}`;
  return `${longDate(s)}, ${range} ${zone}`;
}

/** "1:15–2:45 pm EST" (with both dates when the event runs overnight). */
export function formatTimeRange(start: Date, end: Date, timeZone: string): string {
  const full = formatEventWhen(start, end, timeZone);
  const s = zonedParts(start, timeZone);
  const e = zonedParts(end, timeZone);
  const sameDay = s.year === e.year && s.month === e.month && s.day === e.day;
  return sameDay ? full.slice(longDate(s).length + 2) : full;
}

export type DateBlockParts = { weekday: string; day: string; month: string; year: string; time: string; zone: string };

export function dateBlockParts(start: Date, timeZone: string): DateBlockParts {
  const p = zonedParts(start, timeZone);
  return {
    weekday: p.weekday,
    day: String(p.day),
    month: MONTHS[p.month - 1].slice(0, 3),
    year: String(p.year),
    time: formatClock(start, timeZone),
    zone: zoneAbbreviation(start, timeZone),
  };
}

/** Whether an event is over (its end has passed). */
export function hasEnded(endsAt: Date, now: Date = new Date()): boolean {
  return endsAt.getTime() <= now.getTime();
}

/** "Thu 10 Dec, 3 pm EST": an instant in a reader's own zone, in the house style, short. */
export function formatShortWhen(date: Date, timeZone: string): string {
  const p = zonedParts(date, timeZone);
  const c = clock(p);
  return `${p.weekday.slice(0, 3)} ${p.day} ${MONTHS[p.month - 1].slice(0, 3)}, ${c.text} ${c.meridiem} ${zoneAbbreviation(date, timeZone)}`;
}
