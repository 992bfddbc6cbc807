// How a history entry reads to staff: "Jordan Reyes changed the capacity from 80 to 90".
const ACTIONS: Record<string, string> = {
  "event.created": "created the event",
  "event.updated": "changed",
  "event.duplicated": "created this event as a copy",
  "event.cancelled": "cancelled the event",
  "event.deleted": "deleted the draft",
  "speaker.added": "added a speaker",
  "speaker.moved": "reordered a speaker",
  "speaker.removed": "removed a speaker",
  "agenda.added": "added an agenda item",
  "agenda.removed": "removed an agenda item",
};

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
};

export function describeAction(action: string): string {
  return ACTIONS[action] ?? action.replace(/[._]/g, " ");
}

export function fieldLabel(field: string): string {
  return FIELDS[field] ?? `the ${field.replace(/([A-Z])/g, " $1").toLowerCase()}`;
}

export function formatValue(value: unknown): string {
  if (value === null || value === undefined || value === "") return "nothing";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (Array.isArray(value)) return value.length ? `${value.length} item${value.length === 1 ? "" : "s"}` : "none";
  if (typeof value === "object") return JSON.stringify(value);
  return String(value);
}
