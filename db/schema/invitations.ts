import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { users } from "./auth";
import { people } from "./directory";
import { invitationSource, invitationStatus } from "./enums";
import { events } from "./events";

export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    eventId: uuid("event_id")
      .notNull()
      .references(() => events.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "restrict" }),
    status: invitationStatus("status").notNull().default("not_sent"),
    source: invitationSource("source").notNull().default("invited"),
    // SHA-256 (hex) of the guest's personal link token; the token itself is never stored.
    tokenHash: text("token_hash"),
    // With the server's secret, derives the link again for every email (lib/invitations/tokens.ts).
    linkNonce: text("link_nonce"),
    plusOneName: text("plus_one_name"),
    dietary: text("dietary"),
    accessibility: text("accessibility"),
    message: text("message"),
    respondedAt: timestamp("responded_at", { withTimezone: true }),
    waitlistedAt: timestamp("waitlisted_at", { withTimezone: true }),
    invitedAt: timestamp("invited_at", { withTimezone: true }),
    checkedInAt: timestamp("checked_in_at", { withTimezone: true }),
    // Why the door admitted a guest who was not expected (declined, waitlisted,
    // no answer, cancelled): "Admit anyway" records it.
    checkInNote: text("check_in_note"),
    // An answer given by an assistant on the guest's behalf.
    onBehalfOfName: text("on_behalf_of_name"),
    onBehalfOfEmail: text("on_behalf_of_email"),
    // The invitation this delegate's invitation came from.
    delegatedFromId: uuid("delegated_from_id").references((): AnyPgColumn => invitations.id, {
      onDelete: "set null",
    }),
    // Staff who recorded an answer for the guest.
    recordedById: text("recorded_by_id").references(() => users.id, { onDelete: "set null" }),
    bouncedAt: timestamp("bounced_at", { withTimezone: true }),
    plusOnes: integer("plus_ones").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_event_person_idx").on(t.eventId, t.personId),
    uniqueIndex("invitations_token_hash_idx").on(t.tokenHash).where(sql`${t.tokenHash} is not null`),
    index("invitations_event_status_idx").on(t.eventId, t.status),
    index("invitations_waitlist_idx").on(t.eventId, t.waitlistedAt).where(sql`${t.status} = 'waitlisted'`),
    index("invitations_person_idx").on(t.personId),
    index("invitations_delegated_from_idx").on(t.delegatedFromId),
    index("invitations_recorded_by_idx").on(t.recordedById),
    index("invitations_responded_idx").on(t.respondedAt),
  ],
);
