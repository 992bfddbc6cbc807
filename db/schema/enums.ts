import { pgEnum } from "drizzle-orm/pg-core";
import {
  ATTRIBUTIONS,
  EVENT_FORMATS,
  EVENT_STATUSES,
  INVITATION_SOURCES,
  INVITATION_STATUSES,
  ORGANIZATION_KINDS,
  OPT_OUT_METHODS,
  PRECEDENCE_CLASSES,
  SEATING_ROLES,
  TABLE_SHAPES,
  OUTBOX_STATUSES,
  RECAP_LINK_KINDS,
  RECAP_STATUSES,
  SPEAKER_ROLES,
  STAFF_ROLES,
  VISIBILITIES,
} from "../enum-values";

export const staffRole = pgEnum("staff_role", STAFF_ROLES);
export const eventFormat = pgEnum("event_format", EVENT_FORMATS);
export const eventStatus = pgEnum("event_status", EVENT_STATUSES);
export const eventVisibility = pgEnum("event_visibility", VISIBILITIES);
export const attribution = pgEnum("attribution", ATTRIBUTIONS);
export const speakerRole = pgEnum("speaker_role", SPEAKER_ROLES);
export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);
export const invitationStatus = pgEnum("invitation_status", INVITATION_STATUSES);
export const invitationSource = pgEnum("invitation_source", INVITATION_SOURCES);
export const outboxStatus = pgEnum("outbox_status", OUTBOX_STATUSES);
export const recapStatus = pgEnum("recap_status", RECAP_STATUSES);
export const recapLinkKind = pgEnum("recap_link_kind", RECAP_LINK_KINDS);
export const precedenceClass = pgEnum("precedence_class", PRECEDENCE_CLASSES);
export const optOutMethod = pgEnum("opt_out_method", OPT_OUT_METHODS);
export const seatingRole = pgEnum("seating_role", SEATING_ROLES);
export const tableShape = pgEnum("table_shape", TABLE_SHAPES);
