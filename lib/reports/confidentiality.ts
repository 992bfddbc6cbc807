import { ATTRIBUTIONS } from "@/db/enum-values";

export type Attribution = (typeof ATTRIBUTIONS)[number];

/**
 * Which events a report may draw who-attended from. An event held under the
 * Chatham House rule or off the record is confidential, and so is an event
 * with any such session on its agenda: the people in the room were in that
 * session too. A confidential event is counted in every total (events,
 * invitations, answers, arrivals) but never in a figure broken down by
 * organization or by kind of organization, so no table can name, or narrow
 * down to, who was there; nor in "invited but never came", where its absence
 * would give the attendance away.
 */
export function isConfidential(event: { attribution: Attribution; agendaAttributions: readonly (Attribution | null)[] }): boolean {
  return !isOnRecord(event.attribution) || event.agendaAttributions.some((a) => a !== null && !isOnRecord(a));
}

function isOnRecord(attribution: Attribution): boolean {
  switch (attribution) {
    case "on_record":
      return true;
    case "chatham_house":
    case "off_record":
      return false;
    default:
      return attribution satisfies never;
  }
}

/** The attributions under which attendance may be shown by organization (what the queries filter on). */
export const ATTRIBUTIONS_NAMEABLE: readonly Attribution[] = ATTRIBUTIONS.filter(isOnRecord);

/** The rule in one sentence, as the page and the print view state it. */
export const CONFIDENTIALITY_NOTE =
  "Events under the Chatham House rule or off the record (or with such a session) count in every total, but never in the tables by organization or kind of organization, so no table shows who attended them.";

/** Every report table, and whether it breaks attendance down by organization (and so must leave confidential events out). */
export const REPORT_TABLES = {
  formats: { byOrganization: false },
  invitations: { byOrganization: false },
  organizationKinds: { byOrganization: true },
  topOrganizations: { byOrganization: true },
  neverCame: { byOrganization: true },
  speakerKinds: { byOrganization: true },
} as const satisfies Record<string, { byOrganization: boolean }>;

export type ReportTable = keyof typeof REPORT_TABLES;

/** Whether a table may draw on a confidential event at all. */
export function mayDrawOnConfidential(table: ReportTable): boolean {
  return !REPORT_TABLES[table].byOrganization;
}
