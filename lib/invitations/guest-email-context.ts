import { eq, sql } from "drizzle-orm";
import { eventCohosts, events, eventSpeakers, organizations, people, venues } from "@/db/schema";
import type { OutboxAttachment } from "@/db/schema";
import { preparedEverywhere } from "@/db/per-database";
import type { Db } from "@/db/types";
import { attributionExplanation } from "@/lib/events/attribution";
import { buildCalendar, type CalendarParty, type CalendarPartStat } from "@/lib/events/ical";
import { groupByProtocolOrder } from "@/lib/events/protocol-order";
import { dateBlockParts, formatEventWhen, formatLongDate } from "@/lib/events/time";
import { appUrl } from "@/lib/env";
import { displayName, personCredentials, personName, type NamedPerson } from "@/lib/people/display-name";
import { getInstitute } from "@/lib/settings/queries";
import type { EmailEvent } from "@/emails/email-event";
import { hostsLine } from "./email-event";
import type { InvitationStatus } from "./status";

type EventRow = typeof events.$inferSelect;

export type GuestEmailContext = {
  event: EventRow;
  emailEvent: EmailEvent;
  /** The place in one line, for calendar files. */
  location: string | null;
  /** "Friday 20 September", or null without a deadline. */
  respondBy: string | null;
  /** Who sends calendar invitations: the institute, from its settings. */
  organizer: CalendarParty;
};

/** "Name, address, city" for a venue, each part once. */
export function venueLine(v: { name: string; address: string | null; city: string } | null): string | null {
  if (!v) return null;
  return [v.name, v.address, v.city].filter((part, i, all) => part && all.indexOf(part) === i).join(", ");
}

type Speaker = Pick<typeof people.$inferSelect, "honorific" | "givenName" | "familyName" | "positionTitle" | "affiliation"> &
  Pick<typeof eventSpeakers.$inferSelect, "role" | "position">;
type Relations = { venue: { name: string; address: string | null; city: string } | null; cohosts: { name: string }[]; speakers: Speaker[] };

/**
 * The event's venue, co-hosts in order and speakers, in one statement (an
 * answer reads them inside its transaction: one statement instead of three).
 * Each comes back as JSON text, which both drivers hand over the same way.
 * (Drizzle writes a column inside a select's sql without its table: the
 * subqueries name the outer row's columns themselves.)
 */
async function eventRelations(tx: Db, event: EventRow): Promise<Relations> {
  const [row] = await eventRelationsQuery(tx).execute({ eventId: event.id });
  if (!row) return { venue: null, cohosts: [], speakers: [] };
  return { venue: row.venue ? JSON.parse(row.venue) : null, cohosts: JSON.parse(row.cohosts), speakers: JSON.parse(row.speakers) };
}

// Built once: every answer's email reads it.
const eventRelationsQuery = preparedEverywhere((db) =>
  db
    .select({
      venue: sql<string | null>`(select json_build_object('name', v.name, 'address', v.address, 'city', v.city)::text from ${venues} v where v.id = "events"."venue_id")`,
      cohosts: sql<string>`(select coalesce(json_agg(json_build_object('name', o.name) order by c.position), '[]')::text
        from ${eventCohosts} c join ${organizations} o on o.id = c.organization_id where c.event_id = "events"."id")`,
      speakers: sql<string>`(select coalesce(json_agg(json_build_object(
          'role', s.role, 'position', s.position, 'honorific', p.honorific, 'givenName', p.given_name, 'familyName', p.family_name,
          'positionTitle', p.position_title, 'affiliation', p.affiliation)), '[]')::text
        from ${eventSpeakers} s join ${people} p on p.id = s.person_id where s.event_id = "events"."id")`,
    })
    .from(events)
    .where(eq(events.id, sql.placeholder("eventId")))
    .prepare("event_relations"),
);

/**
 * What every guest email says about one event, read once per batch: the
 * time in the event's zone, the place, the hosts in order, the speakers
 * (unless the event is under a rule of non-attribution and staff chose not to
 * announce them) and the attribution in words.
 */
export async function guestEmailContext(tx: Db, event: EventRow): Promise<GuestEmailContext> {
  const [institute, related] = await Promise.all([getInstitute(tx), eventRelations(tx, event)]);
  const { venue, cohosts, speakers } = related;
  const block = dateBlockParts(event.startsAt, event.timeZone);
  const namesSpeakers = event.attribution === "on_record" || event.announceSpeakers;
  const location = venueLine(venue);
  return {
    event,
    location,
    organizer: { name: institute.name, email: institute.eventsEmail },
    respondBy: event.rsvpDeadline ? formatLongDate(event.rsvpDeadline, event.timeZone) : null,
    emailEvent: {
      title: event.title,
      subtitle: event.subtitle,
      when: formatEventWhen(event.startsAt, event.endsAt, event.timeZone),
      day: block.day,
      month: block.month,
      weekday: block.weekday,
      venue: location,
      hosts: cohosts.length ? hostsLine(institute.shortName, cohosts.map((c) => c.name)) : institute.name,
      attribution: attributionExplanation(event.attribution),
      speakers: namesSpeakers
        ? groupByProtocolOrder(speakers).map((g) => ({
            label: g.label,
            names: g.speakers.map((s) => displayName(s)),
            people: g.speakers.map((s) => ({ name: personName(s), credentials: personCredentials(s) })),
          }))
        : [],
      contactEmail: event.contactEmail ?? institute.eventsEmail,
      pageUrl: event.visibility === "public" ? `${appUrl()}/events/${event.slug}` : null,
    },
  };
}

/** How a guest is greeted: "H.E. Ms. Ine Eriksen Søreide". */
export function greetingName(person: NamedPerson): string {
  return personName(person);
}

/** Where a guest stands, as a calendar's PARTSTAT. */
export function partStatOf(status: InvitationStatus): CalendarPartStat {
  switch (status) {
    case "accepted":
      return "ACCEPTED";
    case "waitlisted":
      return "TENTATIVE";
    case "declined":
    case "cancelled":
      return "DECLINED";
    case "delegate_pending":
    case "delegated":
      return "DELEGATED";
    case "not_sent":
    case "invited":
      return "NEEDS-ACTION";
    default:
      return status satisfies never;
  }
}

/** The guest a calendar file is for: their invitation, name, address and answer. */
export type CalendarGuest = { invitationId: string; name: string; email: string; status: InvitationStatus };

/**
 * The calendar file for one guest: one UID per invitation for the life of
 * the event, its SEQUENCE the event's, so an update replaces the entry and a
 * cancellation removes it. REQUEST and CANCEL both name the institute as
 * ORGANIZER and the guest as ATTENDEE with their answer (RFC 5546), or
 * Outlook may ignore the update.
 */
export function invitationCalendar(ctx: GuestEmailContext, guest: CalendarGuest, method: "request" | "cancel"): OutboxAttachment {
  const { event } = ctx;
  const ics = buildCalendar({
    name: event.title,
    method,
    events: [
      {
        uid: `invitation-${guest.invitationId}@convene`,
        sequence: event.calendarSequence,
        title: event.title,
        description: event.summary,
        url: ctx.emailEvent.pageUrl,
        location: ctx.location,
        startsAt: event.startsAt,
        endsAt: event.endsAt,
        timeZone: event.timeZone,
        cancelled: method === "cancel",
        organizer: ctx.organizer,
        attendees: [{ name: guest.name, email: guest.email, partStat: partStatOf(guest.status) }],
      },
    ],
  });
  return {
    filename: method === "cancel" ? "cancelled.ics" : "invitation.ics",
    contentType: `text/calendar; charset=utf-8; method=${method === "cancel" ? "CANCEL" : "REQUEST"}`,
    content: Buffer.from(ics, "utf8").toString("base64"),
  };
}
