// What the report's numbers mean, as people read them: rates, labels and the
// rows of each table. Pure, so the page, the print view and the CSV agree.
import { formatLabel } from "@/lib/events/format";
import { organizationKindLabel, type OrganizationKind } from "@/lib/reference-data/schema";
import type { InvitationTotals, Report } from "./queries";

/** A share as a whole percentage, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 100) : null;
}

export const percent = (value: number | null): string => (value === null ? "—" : `${value} %`);

export const kindLabel = (kind: OrganizationKind | null): string => (kind === null ? "No organization" : organizationKindLabel(kind));

export type Headline = { key: string; label: string; value: string; detail: string };

/** The big numbers at the top of the report. */
export function headlines(t: InvitationTotals): Headline[] {
  return [
    { key: "events", label: "Events", value: String(t.events), detail: `${t.eventsHeld} held, ${t.confidentialEvents} confidential` },
    { key: "sent", label: "Invitations sent", value: String(t.sent), detail: t.registrations === 1 ? "and 1 registration" : `and ${t.registrations} registrations` },
    { key: "acceptance", label: "Acceptance rate", value: percent(rate(t.acceptedOfSent, t.sent)), detail: `${t.acceptedOfSent} of ${t.sent} invitations accepted` },
    { key: "attendance", label: "Attendance", value: percent(rate(t.arrived, t.acceptedHeld)), detail: `${t.arrived} of ${t.acceptedHeld} who accepted arrived` },
    { key: "noShows", label: "No-shows", value: String(t.noShows), detail: "accepted, did not arrive" },
    { key: "walkIns", label: "Walk-ins", value: String(t.walkIns), detail: "arrived without an invitation" },
  ];
}

/** The way from invitation to arrival, as the attendance chart draws it. */
export function attendanceBars(t: InvitationTotals): { label: string; value: number }[] {
  return [
    { label: "Invitations sent", value: t.sent },
    { label: "Accepted", value: t.acceptedOfSent },
    { label: "Accepted, event held", value: t.acceptedHeld },
    { label: "Arrived", value: t.arrived },
    { label: "No-shows", value: t.noShows },
    { label: "Walk-ins", value: t.walkIns },
  ];
}

export const REPORT_CSV_TABLES = ["formats", "invitations", "organization-kinds", "top-organizations", "never-came", "speaker-kinds"] as const;
export type ReportCsvTable = (typeof REPORT_CSV_TABLES)[number];

export function isReportCsvTable(value: string | null): value is ReportCsvTable {
  return (REPORT_CSV_TABLES as readonly string[]).includes(value ?? "");
}

export type ReportTableData = { title: string; columns: string[]; rows: (string | number)[][] };

/** One table of the report as a header and rows of cells (the CSV's and the page's tables' shared shape). */
export function reportTable(report: Report, table: ReportCsvTable): ReportTableData {
  switch (table) {
    case "formats":
      return { title: "Events by format", columns: ["Format", "Events", "Of which confidential"], rows: report.formats.map((f) => [formatLabel(f.format), f.events, f.confidential]) };
    case "invitations": {
      const t = report.totals;
      return {
        title: "Invitations and attendance",
        columns: ["Measure", "Value"],
        rows: [
          ["Events", t.events],
          ["Events held", t.eventsHeld],
          ["Confidential events", t.confidentialEvents],
          ["Invitations sent", t.sent],
          ["Invitations accepted", t.acceptedOfSent],
          ["Acceptance rate (%)", rate(t.acceptedOfSent, t.sent) ?? ""],
          ["Registrations", t.registrations],
          ["Accepted, event held", t.acceptedHeld],
          ["Arrived", t.arrived],
          ["Attendance (%)", rate(t.arrived, t.acceptedHeld) ?? ""],
          ["No-shows", t.noShows],
          ["Walk-ins", t.walkIns],
        ],
      };
    }
    case "organization-kinds":
      return {
        title: "Organizations engaged, by kind",
        columns: ["Kind", "Organizations that attended", "Attendances"],
        rows: report.organizationKinds.map((k) => [kindLabel(k.kind), k.organizations, k.attendances]),
      };
    case "top-organizations":
      return {
        title: "Most engaged organizations",
        columns: ["Organization", "Kind", "Events attended", "Attendances"],
        rows: report.topOrganizations.map((o) => [o.name, kindLabel(o.kind), o.events, o.attendances]),
      };
    case "never-came":
      return {
        title: "Invited, never came",
        columns: ["Organization", "Kind", "Invitations sent", "Events invited to"],
        rows: report.neverCame.map((o) => [o.name, kindLabel(o.kind), o.invitations, o.events]),
      };
    case "speaker-kinds":
      return {
        title: "Speakers by kind of organization",
        columns: ["Kind", "Speaking appearances", "Speakers"],
        rows: report.speakerKinds.map((s) => [kindLabel(s.kind), s.appearances, s.speakers]),
      };
    default:
      return table satisfies never;
  }
}
