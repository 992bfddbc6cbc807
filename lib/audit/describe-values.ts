import { ATTRIBUTIONS, attributionLabel } from "@/lib/events/attribution";
import { EVENT_FORMATS, formatLabel } from "@/lib/events/format";
import { formatClock, formatLongDate, isValidTimeZone, zoneAbbreviation } from "@/lib/events/time";
import { isUuid } from "@/lib/ids";
import { goneLabel, refKindOfField } from "./refs";

// How the values in a history entry read: times in the event's own zone,
// ids as the names of what they point at, enums in the words staff use.

/** Names by id for what the entry mentions (stored with it, or looked up). */
export type Names = Readonly<Record<string, string>>;

const FIELDS: Record<string, string> = {
  startsAt: "the start",
  endsAt: "the end",
  rsvpDeadline: "the reply deadline",
  venueId: "the venue",
  programId: "the programme area",
  cohostIds: "the co-hosts",
  timeZone: "the time zone",
  plusOnesAllowed: "plus-ones",
  askDietary: "the dietary question",
  askAccessibility: "the accessibility question",
  announceSpeakers: "naming the speakers",
  waitlistEnabled: "the waitlist",
  reminderHoursBefore: "the reminder",
  livestreamUrl: "the livestream",
  contactEmail: "the contact address",
  slug: "the public address",
  visibility: "who can see it",
};

export function fieldLabel(field: string): string {
  return FIELDS[field] ?? `the ${field.replace(/([A-Z])/g, " $1").toLowerCase()}`;
}

const TIME_FIELDS = new Set(["startsAt", "endsAt", "rsvpDeadline", "cancelledAt", "checkedInAt"]);
const TEXT_FIELDS = new Set(["title", "subtitle", "summary", "description", "remarksTitle"]);

const VISIBILITY: Record<string, string> = { public: "Public", invitation_only: "Invitation only", internal: "Internal" };
const STATUS: Record<string, string> = { draft: "Draft", scheduled: "Scheduled", cancelled: "Cancelled" };

/** "Saturday 26 December 2026, 8 am CET": an instant as the event's own clock showed it. */
export function formatMoment(value: Date | string, timeZone: string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const zone = isValidTimeZone(timeZone) ? timeZone : "UTC";
  return `${formatLongDate(date, zone)}, ${formatClock(date, zone)} ${zoneAbbreviation(date, zone)}`;
}

/** A name for an id, or what it was when it can no longer be found. */
export function nameOf(id: unknown, field: string, names: Names): string {
  if (typeof id !== "string") return "nothing";
  if (names[id]) return names[id];
  const kind = refKindOfField(field);
  return kind && isUuid(id) ? goneLabel(kind) : id;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

const quoted = (text: string) => {
  const flat = text.replace(/\s+/g, " ").trim();
  return `“${flat.length > 80 ? `${flat.slice(0, 79)}…` : flat}”`;
};

/** One value of one field, in words. `timeZone` is the zone the event had on that side of the change. */
export function formatFieldValue(field: string, value: unknown, ctx: { names: Names; timeZone: string }): string {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) {
    if (field === "capacity") return "no limit";
    return "none";
  }
  if (refKindOfField(field)) {
    return Array.isArray(value) ? joinNames(value.map((id) => nameOf(id, field, ctx.names))) : nameOf(value, field, ctx.names);
  }
  if (TIME_FIELDS.has(field) && typeof value === "string") return formatMoment(value, ctx.timeZone);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") {
    if (field === "format" && (EVENT_FORMATS as readonly string[]).includes(value)) return formatLabel(value as (typeof EVENT_FORMATS)[number]);
    if (field === "attribution" && (ATTRIBUTIONS as readonly string[]).includes(value)) return attributionLabel(value as (typeof ATTRIBUTIONS)[number]);
    if (field === "visibility") return VISIBILITY[value] ?? value;
    if (field === "status") return STATUS[value] ?? value;
    if (field === "slug") return `/events/${value}`;
    if (TEXT_FIELDS.has(field)) return quoted(value);
    return value;
  }
  if (typeof value === "number" && field === "reminderHoursBefore") return `${value} hours before`;
  if (Array.isArray(value)) return `${value.length} item${value.length === 1 ? "" : "s"}`;
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}

// The order the event form asks for them (jsonb keeps keys in its own order).
const FIELD_ORDER = [
  "title", "subtitle", "slug", "summary", "description", "format", "status", "visibility", "attribution",
  "timeZone", "startsAt", "endsAt", "rsvpDeadline", "venueId", "programId", "cohostIds", "livestreamUrl",
  "capacity", "waitlistEnabled", "plusOnesAllowed", "askDietary", "askAccessibility", "announceSpeakers", "reminderHoursBefore", "contactEmail",
];
const orderOf = (field: string) => {
  const i = FIELD_ORDER.indexOf(field);
  return i === -1 ? FIELD_ORDER.length : i;
};

export type Change = { field: string; label: string; from: string; to: string };

/** Each field that changed, old and new value in words; times in the zone the event had before and after. */
export function describeChanges(before: unknown, after: unknown, ctx: { names: Names; eventZone: string }): Change[] {
  if (!after || typeof after !== "object" || !before || typeof before !== "object") return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const zoneBefore = typeof b.timeZone === "string" ? b.timeZone : ctx.eventZone;
  const zoneAfter = typeof a.timeZone === "string" ? a.timeZone : ctx.eventZone;
  const fields = Object.keys(a).sort((x, y) => orderOf(x) - orderOf(y) || x.localeCompare(y));
  return fields.map((field) => ({
    field,
    label: fieldLabel(field),
    from: formatFieldValue(field, b[field], { names: ctx.names, timeZone: zoneBefore }),
    to: formatFieldValue(field, a[field], { names: ctx.names, timeZone: zoneAfter }),
  }));
}
