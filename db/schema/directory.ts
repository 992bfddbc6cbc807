import { sql } from "drizzle-orm";
import { type AnyPgColumn, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./auth";
import { assets } from "./assets";
import { optOutMethod, organizationKind, precedenceClass } from "./enums";

export const venues = pgTable(
  "venues",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    address: text("address"),
    city: text("city").notNull(),
    country: text("country"),
    timeZone: text("time_zone").notNull(),
    capacity: integer("capacity"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("venues_name_idx").on(t.name)],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    kind: organizationKind("kind").notNull().default("other"),
    website: text("website"),
    logoAssetId: uuid("logo_asset_id").references(() => assets.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organizations_name_lower_idx").on(sql`lower(${t.name})`),
    index("organizations_logo_asset_idx").on(t.logoAssetId),
  ],
);

export const programs = pgTable("programs", {
  id: uuid("id").primaryKey().defaultRandom(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  description: text("description"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    honorific: text("honorific"),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    positionTitle: text("position_title"),
    affiliation: text("affiliation"),
    email: text("email"),
    notes: text("notes"),
    // The organization the person belongs to (a mission, a ministry, a UN body): what
    // smart lists and the year's reports count by. Set from the affiliation when it
    // names a known organization (a trigger in migration 0008), or chosen by staff.
    organizationId: uuid("organization_id").references((): AnyPgColumn => organizations.id, { onDelete: "set null" }),
    // Diplomatic precedence for seating and sorting (lib/seating/precedence.ts).
    precedenceClass: precedenceClass("precedence_class"),
    // For ambassadors and permanent representatives: the date they presented credentials.
    credentialsDate: date("credentials_date", { mode: "string" }),
    // The person asked to receive no more invitations (confirmations and event changes still go).
    optedOutAt: timestamp("opted_out_at", { withTimezone: true }),
    optedOutVia: optOutMethod("opted_out_via"),
    // One lower-cased haystack so a single trigram index serves
    // ILIKE '%…%' over name, affiliation and email at directory scale.
    searchText: text("search_text").generatedAlwaysAs(
      sql`lower(coalesce(given_name, '') || ' ' || coalesce(family_name, '') || ' ' || coalesce(affiliation, '') || ' ' || coalesce(email, ''))`,
    ),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("people_email_lower_idx")
      .on(sql`lower(${t.email})`)
      .where(sql`${t.email} is not null`),
    // The directory's name order, whole (the id breaks ties): a search with many matches walks it (lib/people/queries.ts).
    index("people_name_order_idx").on(t.familyName, t.givenName, t.id),
    index("people_organization_idx").on(t.organizationId),
    // fastupdate off: no pending list for searches to read through (db/schema/events.ts).
    index("people_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")).with({ fastupdate: false }),
  ],
);

// Free labels on people ("Board", "Donors", "Press", "WPS network").
export const tags = pgTable(
  "tags",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("tags_name_lower_idx").on(sql`lower(${t.name})`)],
);

export const personTags = pgTable(
  "person_tags",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    tagId: uuid("tag_id")
      .notNull()
      .references(() => tags.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.tagId] }), index("person_tags_tag_idx").on(t.tagId)],
);

/**
 * A named list of people. With a rule it is a smart list: its members are whoever
 * matches the rule when it is used (lib/people/lists.ts), and it has no member rows.
 */
export const contactLists = pgTable(
  "contact_lists",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    description: text("description"),
    rule: jsonb("rule").$type<Record<string, unknown>>(),
    createdById: text("created_by_id").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("contact_lists_name_lower_idx").on(sql`lower(${t.name})`)],
);

export const contactListMembers = pgTable(
  "contact_list_members",
  {
    listId: uuid("list_id")
      .notNull()
      .references(() => contactLists.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.listId, t.personId] }), index("contact_list_members_person_idx").on(t.personId)],
);
