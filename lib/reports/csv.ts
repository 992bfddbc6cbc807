import Papa from "papaparse";
import type { ReportTableData } from "./figures";

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start), as lib/invitations/export.ts guards.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A report table as a spreadsheet opens it safely: UTF-8 with a BOM, CRLF, no cell ever a formula. */
export function reportTableToCsv(table: ReportTableData): string {
  return `\uFEFF${Papa.unparse({ fields: table.columns, data: table.rows.map((r) => r.map(String)) }, { escapeFormulae: FORMULA_START, newline: "\r\n" })}\r\n`;
}
