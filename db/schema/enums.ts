import { pgEnum } from "drizzle-orm/pg-core";

export const staffRole = pgEnum("staff_role", ["admin", "editor", "viewer"]);

export const eventFormat = pgEnum("event_format", [
  "policy_forum",
  "roundtable",
  "dinner",
  "workshop",
  "seminar",
  "symposium",
  "launch",
  "reception",
  "briefing",
  "other",
]);

export const eventStatus = pgEnum("event_status", ["draft", "scheduled", "cancelled"]);

export const eventVisibility = pgEnum("event_visibility", ["public", "invitation_only", "internal"]);

export const attribution = pgEnum("attribution", ["on_record", "chatham_house", "off_record"]);

export const speakerRole = pgEnum("speaker_role", [
  "welcoming_remarks",
  "opening_remarks",
  "keynote",
  "speaker",
  "discussant",
  "moderator",
  "closing_remarks",
]);

export const organizationKind = pgEnum("organization_kind", [
  "government",
  "permanent_mission",
  "un_body",
  "regional_organization",
  "ngo",
  "university",
  "institute",
  "foundation",
  "private_sector",
  "media",
  "other",
]);

export const invitationStatus = pgEnum("invitation_status", [
  "not_sent",
  "invited",
  "accepted",
  "declined",
  "waitlisted",
  "delegate_pending",
  "delegated",
  "cancelled",
]);

export const invitationSource = pgEnum("invitation_source", ["invited", "registered", "walk_in", "delegate"]);

export const outboxStatus = pgEnum("outbox_status", ["pending", "sending", "sent", "failed", "suppressed"]);

export const recapStatus = pgEnum("recap_status", ["draft", "in_review", "published"]);

export const recapLinkKind = pgEnum("recap_link_kind", ["coverage", "video", "publication", "download"]);
