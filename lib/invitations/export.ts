import Papa from "papaparse";
import { personName, type ListedPerson } from "@/lib/people/display-name";
import { invitationStatusLabel, type InvitationStatus } from "./status";

export type ExportGuest = ListedPerson & {
  status: InvitationStatus;
  plusOneName: string | null;
  dietary: string | null;
  accessibility: string | null;
  onBehalfOfName: string | null;
  onBehalfOfEmail: string | null;
  checkedInAt: Date | null;
};

export const GUEST_CSV_COLUMNS = [
  "Honorific",
  "Given name",
  "Family name",
  "Title",
  "Affiliation",
  "Email",
  "Status",
  "Plus-one",
  "Dietary needs",
  "Accessibility needs",
  "Answered on behalf by",
  "Checked in",
] as const;

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start), even in a multi-line cell.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The guest list as a spreadsheet opens it safely: UTF-8 with a BOM, no cell ever a formula. */
export function guestsToCsv(guests: readonly ExportGuest[]): string {
  const data = guests.map((g) => [
    g.honorific ?? "",
    g.givenName,
    g.familyName,
    g.positionTitle ?? "",
    g.affiliation ?? "",
    g.email ?? "",
    invitationStatusLabel(g.status),
    g.plusOneName ?? "",
    g.dietary ?? "",
    g.accessibility ?? "",
    g.onBehalfOfName ? `${g.onBehalfOfName}${g.onBehalfOfEmail ? ` <${g.onBehalfOfEmail}>` : ""}` : "",
    g.checkedInAt ? g.checkedInAt.toISOString() : "",
  ]);
  return `\uFEFF${Papa.unparse({ fields: [...GUEST_CSV_COLUMNS], data }, { escapeFormulae: FORMULA_START, newline: "\r\n" })}\r\n`;
}

/** For the printed list: "Søreide, H.E. Ms. Ine Eriksen" reads down a page by family name. */
export function printedName(g: Pick<ExportGuest, "honorific" | "givenName" | "familyName">): string {
  return `${g.familyName}, ${personName({ ...g, familyName: "" })}`.replace(/\s+$/, "");
}
