// The values of every database enum, typed once. Drizzle-free, so the zod
// schemas, the forms in the browser and the pages read the same lists that
// db/schema/enums.ts turns into PostgreSQL enums.

export const STAFF_ROLES = ["admin", "editor", "viewer"] as const;

export const EVENT_FORMATS = [
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
] as const;

export const EVENT_STATUSES = ["draft", "scheduled", "cancelled"] as const;

export const VISIBILITIES = ["public", "invitation_only", "internal"] as const;

export const ATTRIBUTIONS = ["on_record", "chatham_house", "off_record"] as const;

/** In diplomatic protocol order: welcoming remarks first, closing remarks last. */
export const SPEAKER_ROLES = [
  "welcoming_remarks",
  "opening_remarks",
  "keynote",
  "speaker",
  "discussant",
  "moderator",
  "closing_remarks",
] as const;

export const ORGANIZATION_KINDS = [
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
] as const;

export const INVITATION_STATUSES = ["not_sent", "invited", "accepted", "declined", "waitlisted", "delegate_pending", "delegated", "cancelled"] as const;

export const INVITATION_SOURCES = ["invited", "registered", "walk_in", "delegate"] as const;

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "failed", "suppressed"] as const;

export const RECAP_STATUSES = ["draft", "in_review", "published"] as const;

export const RECAP_LINK_KINDS = ["coverage", "video", "publication", "download"] as const;

/**
 * Diplomatic precedence, highest first (lib/seating/precedence.ts orders by it;
 * ambassadors and permanent representatives then by date of credentials).
 */
export const PRECEDENCE_CLASSES = [
  "head_of_state_or_government",
  "deputy_head_or_foreign_minister",
  "minister",
  "un_secretary_general",
  "ambassador",
  "state_secretary",
  "head_of_international_organization",
  "charge_d_affaires",
  "deputy_permanent_representative",
  "other_official",
  "academic_or_civil_society",
  "staff",
] as const;

/** How a person stopped receiving invitations (RFC 8058 one-click from the mail client, or the link in the email). */
export const OPT_OUT_METHODS = ["one_click", "email_link"] as const;

export const SEATING_ROLES = ["host", "guest_of_honour"] as const;

export const TABLE_SHAPES = ["round", "long"] as const;
