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
  "speaker.agenda_items": "changed the agenda items a speaker speaks at",
  "agenda.added": "added an agenda item",
  "agenda.removed": "removed an agenda item",
  "recap.created": "started the recap",
  "recap.edited": "edited the recap",
  "recap.submitted": "submitted the recap for review",
  "recap.published": "published the recap",
  "recap.unpublished": "unpublished the recap",
  "recap.withdrawn": "withdrew the recap from review",
  "recap.sent_back": "sent the recap back to draft",
  "recap.link_added": "added a link to the recap",
  "recap.link_moved": "reordered the recap's links",
  "recap.link_removed": "removed a link from the recap",
  "recap.photo_added": "added a photo to the recap",
  "recap.photo_changed": "changed a photo's caption or alt text",
  "recap.photo_lead": "chose the recap's lead photo",
  "recap.photo_moved": "reordered the recap's photos",
  "recap.photo_removed": "removed a photo from the recap",
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
