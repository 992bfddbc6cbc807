import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { assets } from "./assets";
import { users } from "./auth";
import { programs } from "./directory";
import { recapLinkKind, recapStatus } from "./enums";
import { events } from "./events";

export const recaps = pgTable(
  "recaps",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    title: text("title"),
    body: text("body").notNull().default(""),
    status: recapStatus("status").notNull().default("draft"),
    // An off-the-record event may keep an internal summary, never a public recap.
    internalOnly: boolean("internal_only").notNull().default(false),
    topics: text("topics").array().notNull().default([]),
    // Agenda items the recap leaves out; every other item, including any
    // added later, is covered (so its Chatham House rule applies).
    uncoveredAgendaItemIds: uuid("uncovered_agenda_item_ids").array().notNull().default(sql`'{}'::uuid[]`),
    // Bumped by every save of the text, so a stale editor cannot overwrite a newer version.
    revision: integer("revision").notNull().default(0),
    programId: uuid("program_id").references(() => programs.id, { onDelete: "set null" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    submittedById: text("submitted_by_id").references(() => users.id, { onDelete: "set null" }),
    publishedById: text("published_by_id").references(() => users.id, { onDelete: "set null" }),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("recaps_event_idx").on(t.eventId),
    index("recaps_status_published_idx").on(t.status, t.publishedAt),
    index("recaps_program_idx").on(t.programId),
    index("recaps_author_idx").on(t.authorId),
    index("recaps_submitted_by_idx").on(t.submittedById),
    index("recaps_published_by_idx").on(t.publishedById),
    // fastupdate off: no pending list for searches to read through (db/schema/events.ts).
    index("recaps_search_idx")
      .using("gin", sql`to_tsvector('english', coalesce(${t.title}, '') || ' ' || ${t.body})`)
      .with({ fastupdate: false }),
  ],
);

export const recapPhotos = pgTable(
  "recap_photos",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recapId: uuid("recap_id")
      .notNull()
      .references(() => recaps.id, { onDelete: "cascade" }),
    assetId: uuid("asset_id")
      .notNull()
      .references(() => assets.id, { onDelete: "restrict" }),
    caption: text("caption"),
    altText: text("alt_text").notNull(),
    isLead: boolean("is_lead").notNull().default(false),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("recap_photos_recap_idx").on(t.recapId, t.position), index("recap_photos_asset_idx").on(t.assetId)],
);

export const recapLinks = pgTable(
  "recap_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recapId: uuid("recap_id")
      .notNull()
      .references(() => recaps.id, { onDelete: "cascade" }),
    kind: recapLinkKind("kind").notNull(),
    title: text("title").notNull(),
    url: text("url").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("recap_links_recap_idx").on(t.recapId, t.position)],
);
