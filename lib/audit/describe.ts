import { SPEAKER_ROLES, speakerRoleLabel, type SpeakerRole } from "@/lib/events/protocol-order";
import { notExpectedBecause } from "@/lib/invitations/door-standing";
import { describeChanges, joinNames, type Change, type Names } from "./describe-values";
import { goneLabel } from "./refs";

export { fieldLabel, formatFieldValue, formatMoment } from "./describe-values";

// How a history entry reads to staff: "Jordan Reyes changed the start and the
// venue", "Jordan Reyes recorded Dr. Jane Doe's answer: accepted". Every
// entry names what it is about; ids read as names (see refs.ts, labels.ts).

const ACTIONS: Record<string, string> = {
  "seating.seated_by_protocol": "seated the guests by protocol",
  "seating.seat_assigned": "changed a seat in the table plan",
  "seating.unseated": "took a guest out of the table plan",
  "seating.table_added": "added a table to the plan",
  "seating.table_changed": "changed a table of the plan",
  "seating.table_removed": "removed a table from the plan",
  "seating.role_set": "set who hosts and who is guest of honour",
  "seating.order_changed": "changed the order of precedence for the event",
  "seating.order_reset": "returned to the order of precedence alone",
  "seating.settings_changed": "changed the seating settings",
  "event.created": "created the event",
  "event.cancelled": "cancelled the event",
  "recap.created": "started the recap",
  "recap.edited": "edited the recap",
  "recap.submitted": "submitted the recap for review",
  "recap.published": "published the recap",
  "recap.unpublished": "unpublished the recap",
  "recap.withdrawn": "withdrew the recap from review",
  "recap.sent_back": "sent the recap back to draft",
  "recap.link_moved": "reordered the recap's links",
  "recap.photo_moved": "reordered the recap's photos",
};

/** The words for an action with nothing more to say about it. */
export function describeAction(action: string): string {
  return ACTIONS[action] ?? action.replace(/[._]/g, " ");
}

export type DescribableEntry = {
  action: string;
  entityType: string;
  entityId: string;
  /** Set when a staff member acted (null for guests, the system, and staff accounts since removed). */
  actorId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  names: Names;
};

export type DescribedEntry = { summary: string; changes: Change[]; details: string[] };

type Data = Record<string, unknown>;
const data = (value: unknown): Data => (value && typeof value === "object" && !Array.isArray(value) ? (value as Data) : {});
const text = (value: unknown): string | null => (typeof value === "string" && value.trim() ? value.trim() : null);
const count = (value: unknown): number => (typeof value === "number" ? value : 0);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function rolePhrase(role: unknown): string {
  if (!(SPEAKER_ROLES as readonly unknown[]).includes(role)) return "";
  const r = role as SpeakerRole;
  switch (r) {
    case "welcoming_remarks":
    case "opening_remarks":
    case "closing_remarks":
      return ` to give ${speakerRoleLabel(r).toLowerCase()}`;
    case "keynote":
      return " as keynote speaker";
    case "speaker":
      return " as a speaker";
    case "discussant":
      return " as a discussant";
    case "moderator":
      return " as moderator";
    default:
      return r satisfies never;
  }
}

/**
 * The guests a bulk entry is about: by name when the entry lists them (up to
 * five, then "and 12 more"), by count otherwise.
 */
function guestsNamed(after: Data, names: Names): string {
  const n = count(after.count);
  const ids = Array.isArray(after.invitationIds) ? after.invitationIds.filter((id): id is string => typeof id === "string") : [];
  const named = ids.map((id) => names[id]).filter((name): name is string => Boolean(name));
  if (!named.length) return plural(n, "guest", "guests");
  const shown = named.slice(0, 5);
  const rest = Math.max(n, named.length) - shown.length;
  return rest > 0 ? `${shown.join(", ")} and ${plural(rest, "more guest", "more guests")}` : joinNames(shown);
}

const ANSWERS: Record<string, string> = { accepted: "accepted", declined: "declined", waitlisted: "accepted, and joined the waitlist (the event was full)" };

/** One entry in words, the actor aside: the page puts their name first. */
export function describeEntry(entry: DescribableEntry, eventZone: string): DescribedEntry {
  const { names } = entry;
  const after = data(entry.after);
  const details: string[] = [];
  const ctx: EntryContext = {
    entry,
    names,
    eventZone,
    before: data(entry.before),
    after,
    details,
    result: (summary: string, changes: Change[] = []): DescribedEntry => ({ summary, changes, details }),
    // The guest an invitation entry is about, by the name stored with it or found now.
    guest: () => names[entry.entityId] ?? text(after.name) ?? goneLabel("invitation"),
    byStaff: entry.actorId !== null,
  };
  const described = describeProgrammeEntry(ctx) ?? describeRecapEntry(ctx) ?? describeGuestListEntry(ctx) ?? describeInvitationEntry(ctx);
  if (described) return described;
  // Anything newer than these rules still names its subject when it can.
  const subject = names[entry.entityId];
  return ctx.result(subject ? `${describeAction(entry.action)}: ${subject}` : describeAction(entry.action));
}

type EntryContext = {
  entry: DescribableEntry;
  names: Names;
  eventZone: string;
  before: Data;
  after: Data;
  /** Lines under the summary; a rule adds to them as it describes. */
  details: string[];
  result: (summary: string, changes?: Change[]) => DescribedEntry;
  guest: () => string;
  byStaff: boolean;
};

/** The event itself, its speakers and its agenda. */
function describeProgrammeEntry(ctx: EntryContext): DescribedEntry | null {
  const { entry, names, before, after, details, result, eventZone } = ctx;
  switch (entry.action) {
    case "event.updated": {
      const changes = describeChanges(entry.before, entry.after, { names, eventZone });
      return result(changes.length ? `changed ${joinNames(changes.map((c) => c.label))}` : "changed the event", changes);
    }
    case "event.duplicated": {
      const from = typeof after.from === "string" ? names[after.from] : undefined;
      return result(from ? `created this event as a copy of “${from}”` : `created this event as a copy of ${goneLabel("event")}`);
    }
    case "event.deleted":
      return result(`deleted the draft “${text(before.title) ?? "untitled"}”`);

    case "speaker.added": {
      const name = names[entry.entityId] ?? text(after.person) ?? "a speaker";
      if (text(after.remarksTitle)) details.push(`Remarks: “${text(after.remarksTitle)}”`);
      return result(`added ${name} to the programme${rolePhrase(after.role)}`);
    }
    case "speaker.moved": {
      const name = names[entry.entityId] ?? goneLabel("speaker");
      const up = count(after.position) < count(before.position);
      return result(`moved ${name} ${up ? "up" : "down"} the list of speakers`);
    }
    case "speaker.removed": {
      const name = (typeof before.personId === "string" ? names[before.personId] : undefined) ?? names[entry.entityId] ?? goneLabel("speaker");
      const role = (SPEAKER_ROLES as readonly unknown[]).includes(before.role) ? ` (${speakerRoleLabel(before.role as SpeakerRole).toLowerCase()})` : "";
      return result(`removed ${name}${role} from the programme`);
    }
    case "speaker.agenda_items": {
      const name = names[entry.entityId] ?? text(after.person) ?? text(before.person) ?? goneLabel("speaker");
      const items = Array.isArray(after.agendaItems) ? after.agendaItems.filter((t): t is string => typeof t === "string") : [];
      return result(items.length ? `set the agenda items ${name} speaks at: ${items.map((t) => `“${t}”`).join(", ")}` : `took ${name} off every agenda item`);
    }
    case "event.cover_added":
      return result(`added a cover photo: “${text(after.coverAlt) ?? text(after.file) ?? "untitled"}”`);
    case "event.cover_replaced":
      return result(`replaced the cover photo with “${text(after.coverAlt) ?? text(after.file) ?? "untitled"}”`);
    case "event.cover_changed":
      return result(`changed the cover's alt text to “${text(after.coverAlt) ?? ""}”`);
    case "event.cover_removed":
      return result(`removed the cover photo “${text(before.coverAlt) ?? "untitled"}”`);
    case "agenda.added":
      return result(`added “${text(after.title) ?? names[entry.entityId] ?? "an item"}” to the agenda${text(after.startTime) ? ` at ${text(after.startTime)}` : ""}`);
    case "agenda.removed":
      return result(`removed “${text(before.title) ?? "an item"}” from the agenda`);
    case "agenda.changed": {
      const was = text(before.title);
      const now = text(after.title) ?? was ?? "an item";
      const changes: string[] = [];
      if (was && was !== now) changes.push(`renamed from “${was}”`);
      const times = (r: Record<string, unknown>) => [text(r.startTime), text(r.endTime)].filter(Boolean).join("–");
      if (times(before) !== times(after)) changes.push(`now ${times(after)}`);
      if (before.attribution !== after.attribution || before.description !== after.description || before.livestreamed !== after.livestreamed) changes.push("details changed");
      return result(`changed the agenda item “${now}”${changes.length ? ` (${changes.join("; ")})` : ""}`);
    }
    default:
      return null;
  }
}

/** The recap's links and photos. */
function describeRecapEntry(ctx: EntryContext): DescribedEntry | null {
  const { entry, names, before, after, result, eventZone } = ctx;
  switch (entry.action) {
    case "recap.link_added":
      return result(`added the link “${text(after.title) ?? text(after.url) ?? "untitled"}” to the recap`);
    case "recap.link_removed":
      return result(`removed the link “${text(before.title) ?? text(before.url) ?? "untitled"}” from the recap`);
    case "recap.photo_added":
      return result(`added a photo to the recap: “${text(after.altText) ?? text(after.file) ?? "untitled"}”`);
    case "recap.photo_removed":
      return result(`removed a photo from the recap: “${text(before.altText) ?? "untitled"}”`);
    case "recap.photo_lead":
      return result(`chose “${text(after.altText) ?? "a photo"}” as the recap's lead photo`);
    case "recap.photo_changed":
      return result(`changed the caption or alt text of the photo “${text(before.altText) ?? "untitled"}”`, describeChanges(entry.before, entry.after, { names, eventZone }));
    default:
      return null;
  }
}

/** The guest list as staff shape it. */
function describeGuestListEntry(ctx: EntryContext): DescribedEntry | null {
  const { entry, names, before, after, details, result } = ctx;
  switch (entry.action) {
    case "guests.added":
      return result(`added ${guestsNamed(after, names)} to the list`);
    case "guests.removed": {
      const withdrawn = count(after.withdrawn);
      if (withdrawn) details.push(`${plural(withdrawn, "had already been invited and was", "had already been invited and were")} told their invitation is withdrawn`);
      return result(`took ${guestsNamed({ count: count(after.deleted) + withdrawn, invitationIds: before.invitationIds }, names)} off the list`);
    }
    case "people.imported":
      return result(`added ${plural(count(after.created), "new person", "new people")} to the directory from an imported guest list`);
    case "guests.reminded":
      return result(`sent a reminder to ${guestsNamed(after, names)}`);
    case "invitations.sent":
      return result(`sent the invitation to ${guestsNamed(after, names)}`);
    case "person.email_corrected":
      return result(`corrected the email address of ${names[entry.entityId] ?? goneLabel("person")} from ${text(before.email) ?? "none"} to ${text(after.email) ?? "none"}`);
    // Only the person themselves opts out or in (lib/opt-out); the actor's label says how.
    case "person.opted_out":
      return result("opted out of invitations");
    case "person.opted_in":
      return result("opted in to invitations again");
    case "person.opt_in_link_sent":
      return result("asked for a link to receive invitations again");
    default:
      return null;
  }
}

/** One guest's invitation, from their answer to the door. */
function describeInvitationEntry(ctx: EntryContext): DescribedEntry | null {
  const { entry, before, after, details, result, guest, byStaff } = ctx;
  switch (entry.action) {
    case "invitation.accepted":
    case "invitation.declined":
    case "invitation.waitlisted": {
      const status = entry.action.slice("invitation.".length);
      if (text(after.plusOneName)) details.push(`Bringing ${text(after.plusOneName)}`);
      if (text(after.onBehalfOf)) details.push(`A copy of the confirmation went to ${text(after.onBehalfOf)}`);
      if (byStaff) return result(`recorded an answer for ${guest()}: ${ANSWERS[status]}`);
      return result(status === "declined" ? "declined the invitation" : `accepted the invitation${status === "waitlisted" ? ", and joined the waitlist (the event was full)" : ""}`);
    }
    case "invitation.promoted":
      return result(`freed a seat: ${guest()} moved up from the waitlist and is now accepted`);
    case "invitation.registered":
      return result(after.status === "waitlisted" ? "registered for the event, and joined the waitlist (the event was full)" : "registered for the event");
    case "invitation.delegate_proposed":
      return result(`proposed ${text(after.delegate) ?? "a delegate"} to attend ${byStaff ? `in place of ${guest()}` : "in their place"}`);
    case "invitation.delegate_refused":
      return result(`turned down ${text(before.delegate) ?? "a delegate"} as the delegate of ${guest()}`);
    case "invitation.delegate_approved":
      return result(`approved ${text(after.delegate) ?? "a delegate"} to attend in place of ${guest()}`);
    case "invitation.resent":
      return result(`sent the invitation of ${guest()} again${text(after.to) ? `, to ${text(after.to)}` : ""}`);
    case "invitation.link_revoked":
      return result(`sent ${guest()} a new invitation link; the old one no longer works`);
    case "invitation.checked_in":
      return result(`checked in ${guest()}`);
    case "invitation.admitted_anyway": {
      const because = notExpectedBecause(String(before.status ?? ""));
      return result(`admitted ${guest()} at the door${because ? `, ${because}` : ", though they were not expected"}`);
    }
    case "invitation.check_in_undone":
      return result(`undid the check-in of ${guest()}`);
    case "invitation.walk_in":
      return result(`added ${text(after.name) ?? guest()} at the door, as a walk-in, and checked them in`);
    default:
      return null;
  }
}
