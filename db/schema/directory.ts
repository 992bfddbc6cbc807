import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { assets } from "./assets";
import { organizationKind } from "./enums";

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
    index("people_family_name_idx").on(t.familyName, t.givenName),
    // fastupdate off: no pending list for searches to read through (db/schema/events.ts).
    index("people_search_trgm_idx").using("gin", t.searchText.op("gin_trgm_ops")).with({ fastupdate: false }),
  ],
);
