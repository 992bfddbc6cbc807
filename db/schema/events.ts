import { sql } from "drizzle-orm";
import {
  boolean,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  check,
} from "drizzle-orm/pg-core";
import { assets } from "./assets";
import { users } from "./auth";
import { organizations, people, programs, venues } from "./directory";
import { attribution, eventFormat, eventStatus, eventVisibility, speakerRole } from "./enums";

export const events = pgTable(
  "events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    slug: text("slug").notNull(),
    title: text("title").notNull(),
    subtitle: text("subtitle"),
    summary: text("summary"),
    description: text("description"),
    format: eventFormat("format").notNull(),
    status: eventStatus("status").notNull().default("draft"),
    visibility: eventVisibility("visibility").notNull().default("public"),
    attribution: attribution("attribution").notNull().default("on_record"),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }).notNull(),
    timeZone: text("time_zone").notNull(),
    venueId: uuid("venue_id").references(() => venues.id, { onDelete: "set null" }),
    livestreamUrl: text("livestream_url"),
    capacity: integer("capacity"),
    waitlistEnabled: boolean("waitlist_enabled").notNull().default(true),
    rsvpDeadline: timestamp("rsvp_deadline", { withTimezone: true }),
    plusOnesAllowed: boolean("plus_ones_allowed").notNull().default(false),
    askDietary: boolean("ask_dietary").notNull().default(false),
    askAccessibility: boolean("ask_accessibility").notNull().default(true),
    // For Chatham House events, whether invitations may name the speakers.
    announceSpeakers: boolean("announce_speakers").notNull().default(true),
    reminderHoursBefore: integer("reminder_hours_before").notNull().default(48),
    contactEmail: text("contact_email"),
    programId: uuid("program_id").references(() => programs.id, { onDelete: "set null" }),
    // Bumped on every change guests must hear about (iCalendar SEQUENCE).
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    // The event's picture on public pages and in cards; without one, pages
    // draw a generated cover (format, date, title). Alt text is required with it.
    coverAssetId: uuid("cover_asset_id").references(() => assets.id, { onDelete: "set null" }),
    coverAlt: text("cover_alt"),
    // Whether the event has a table plan; null means the format decides (on for dinners).
    seatingEnabled: boolean("seating_enabled"),
    // Bumped by every change to the table plan: an edit made against an older
    // version is refused rather than silently overwriting another's moves.
    seatingVersion: integer("seating_version").notNull().default(0),
    // "Your table" in the reminder email and on the guest page: off until staff choose.
    tellGuestsTheirTable: boolean("tell_guests_their_table").notNull().default(false),
  },
  (t) => [
    uniqueIndex("events_slug_idx").on(t.slug),
    index("events_starts_at_idx").on(t.startsAt),
    index("events_public_listing_idx").on(t.status, t.visibility, t.startsAt),
    index("events_venue_idx").on(t.venueId, t.startsAt),
    index("events_program_idx").on(t.programId),
    index("events_format_idx").on(t.format),
    index("events_created_by_idx").on(t.createdById),
    index("events_search_idx").using(
      "gin",
      sql`to_tsvector('english', coalesce(${t.title}, '') || ' ' || coalesce(${t.subtitle}, '') || ' ' || coalesce(${t.summary}, ''))`,
    )
      // Without a pending list: every insert goes into the index at once,
      // rather than leaving a list that each search reads through until vacuum.
      .with({ fastupdate: false }),
    check("events_ends_after_starts", sql`${t.endsAt} > ${t.startsAt}`),
    check("events_capacity_positive", sql`${t.capacity} is null or ${t.capacity} > 0`),
    check("events_cover_has_alt", sql`${t.coverAssetId} is null or length(trim(${t.coverAlt})) > 0`),
    index("events_cover_asset_idx").on(t.coverAssetId),
  ],
);

// Co-hosts in the order the recap names them ("IPI, together with A and B").
export const eventCohosts = pgTable(
  "event_cohosts",
  {
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "restrict" }),
    position: integer("position").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.organizationId] }),
    index("event_cohosts_organization_idx").on(t.organizationId),
  ],
);

export const eventSpeakers = pgTable(
  "event_speakers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    role: speakerRole("role").notNull(),
    position: integer("position").notNull().default(0),
    remarksTitle: text("remarks_title"),
  },
  (t) => [
    uniqueIndex("event_speakers_unique_role_idx").on(t.eventId, t.personId, t.role),
    index("event_speakers_event_idx").on(t.eventId, t.role, t.position),
    index("event_speakers_person_idx").on(t.personId),
  ],
);

export const agendaItems = pgTable(
  "agenda_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    startsAt: timestamp("starts_at", { withTimezone: true }).notNull(),
    endsAt: timestamp("ends_at", { withTimezone: true }),
    title: text("title").notNull(),
    description: text("description"),
    // null: inherits the event's attribution.
    attribution: attribution("attribution"),
    livestreamed: boolean("livestreamed").notNull().default(false),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("agenda_items_event_idx").on(t.eventId, t.startsAt, t.position)],
);

// Which agenda items a speaker speaks at. Under a mixed rule ("opening
// remarks on the record; discussion under the Chatham House rule") it is what
// lets the public page name the opening speaker and no one else.
export const speakerAgendaItems = pgTable(
  "speaker_agenda_items",
  {
    speakerId: uuid("speaker_id")
      .notNull()
      .references(() => eventSpeakers.id, { onDelete: "cascade" }),
    agendaItemId: uuid("agenda_item_id")
      .notNull()
      .references(() => agendaItems.id, { onDelete: "cascade" }),
  },
  (t) => [primaryKey({ columns: [t.speakerId, t.agendaItemId] }), index("speaker_agenda_items_item_idx").on(t.agendaItemId)],
);
