import Papa from "papaparse";
import { CSV_COLUMNS, LISTED_COLUMNS, columnForHeader, columnLabel, REQUIRED_COLUMNS, type CsvColumn } from "./csv-columns";
import type { ListedPerson } from "./display-name";
import { personEmail, personSchema } from "./schema";
import { PRECEDENCE_CLASSES, precedenceClassLabel, type PrecedenceClass } from "@/lib/seating/precedence";

const PRECEDENCE_NAMES = PRECEDENCE_CLASSES.map((c) => precedenceClassLabel(c)).join(", ");

export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type PersonRow = ListedPerson & {
  /** Only when the file has the column: a file without it changes nobody's rank. */
  precedenceClass?: PrecedenceClass | null;
  credentialsDate?: string | null;
  /** Where the record starts in the file (the header is line 1). */
  line: number;
};
export type CsvError = { line: number; message: string };
export type ParsedPeopleCsv = { rows: PersonRow[]; errors: CsvError[] };

const refusal = (message: string): ParsedPeopleCsv => ({ rows: [], errors: [{ line: 1, message }] });

export function utf8Length(text: string): number {
  // A UTF-16 code unit is at most 3 UTF-8 bytes, so most files need no encoding to measure.
  if (text.length * 3 <= MAX_CSV_BYTES) return text.length;
  return new TextEncoder().encode(text).byteLength;
}

// Semicolons come from spreadsheets set to a European locale; tabs from a
// paste out of Excel. Only the header line decides, so a comma or semicolon
// inside someone's title cannot change how the file is read.
export function delimiterOf(text: string): string {
  const header = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const outsideQuotes = header.replace(/"[^"]*"/g, "");
  for (const d of [",", ";", "\t"]) if (outsideQuotes.includes(d)) return d;
  return ",";
}

/** Undoes the `'` our own export puts before formula-like cells, so an export re-imports as it was. */
export function cell(raw: string | undefined): string {
  const v = (raw ?? "").trim();
  return /^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v;
}

export type RawRecord = { line: number; cells: string[]; brokenQuotes: boolean };

export function readRecords(text: string): RawRecord[] {
  const records: RawRecord[] = [];
  let start = 0;
  let counted = 0;
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: delimiterOf(text),
    skipEmptyLines: false,
    step: (result) => {
      // The cursor is where this record ended; where it began is the previous
      // cursor. Counting newlines up to there gives the line a person sees,
      // even when a quoted field spans several.
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
      records.push({ line, cells: result.data, brokenQuotes: result.errors.some((e) => e.type === "Quotes") });
      start = result.meta.cursor;
    },
  });
  return records;
}

/** "Tags", "tag", "Labels": the column of a person's tags. */
export const isTagsHeader = (name: string) => ["tags", "tag", "labels", "label"].includes(name.toLowerCase().replace(/[^a-z]/g, ""));

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

type Header = { columns: (CsvColumn | null)[]; line: number };

function readHeader(record: RawRecord): Header | CsvError {
  const problems: string[] = [];
  const columns: (CsvColumn | null)[] = [];
  const seen = new Set<CsvColumn>();
  for (const name of record.cells.map((c) => c.trim())) {
    // A nameless column (a trailing comma) carries nothing; its cells are ignored.
    const column = name === "" ? null : columnForHeader(name);
    // Our own export's Tags column: read by the tag import (tag-csv.ts), passed over here.
    if (name !== "" && !column && !isTagsHeader(name)) problems.push(`unknown column “${name}”`);
    if (column && seen.has(column)) problems.push(`the ${columnLabel(column)} column appears twice`);
    if (column) seen.add(column);
    columns.push(column);
  }
  for (const required of REQUIRED_COLUMNS) if (!seen.has(required)) problems.push(`no ${columnLabel(required)} column`);
  if (problems.length === 0) return { columns, line: record.line };
  const expected = CSV_COLUMNS.map(columnLabel).join(", ");
  const message = `The header row has ${problems.join(", ")}. Use the columns ${expected} (only Given name and Family name are required).`;
  return { line: record.line, message: upperFirst(message) };
}

function readRow(record: RawRecord, header: Header, firstLineOfEmail: Map<string, number>): PersonRow | CsvError {
  const { line, cells } = record;
  if (record.brokenQuotes) return { line, message: "A quoted field is never closed: look for a stray quote mark (\")" };
  const width = header.columns.length;
  if (cells.length !== width) {
    const which = cells.length > width ? "Too many" : "Too few";
    return { line, message: `${which} columns: expected ${width}, found ${cells.length}. Put fields that contain commas in double quotes.` };
  }
  const values: Partial<Record<CsvColumn, string>> = {};
  header.columns.forEach((column, i) => {
    if (column) values[column] = cell(cells[i]);
  });

  const reasons: string[] = [];
  if (!values.givenName) reasons.push("missing given name");
  if (!values.familyName) reasons.push("missing family name");
  const parsed = personSchema.safeParse(values);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0];
      if ((field === "givenName" || field === "familyName") && !values[field]) continue;
      reasons.push(field === "email" ? `invalid email “${values.email}”` : field === "precedenceClass" ? `unknown precedence “${values.precedenceClass}”: use one of ${PRECEDENCE_NAMES}` : lowerFirst(issue.message));
    }
  }
  // Checked even on a row that is bad for another reason, so fixing that row
  // does not reveal a new problem on the next try.
  const email = personEmail.safeParse(values.email).data;
  if (email) {
    const first = firstLineOfEmail.get(email);
    if (first !== undefined) reasons.push(`email ${email} is repeated within the file (first at line ${first})`);
    else firstLineOfEmail.set(email, line);
  }
  if (reasons.length || !parsed.success) {
    return { line, message: upperFirst(reasons.join("; ")) };
  }
  const p = parsed.data;
  return {
    line,
    honorific: p.honorific,
    givenName: p.givenName,
    familyName: p.familyName,
    positionTitle: p.positionTitle,
    affiliation: p.affiliation,
    email: p.email,
    ...(header.columns.includes("precedenceClass") ? { precedenceClass: p.precedenceClass } : {}),
    ...(header.columns.includes("credentialsDate") ? { credentialsDate: p.credentialsDate } : {}),
  };
}

export const isBlank = (r: RawRecord) => r.cells.every((c) => c.trim() === "");

/**
 * Reads a people list: header names matched loosely, every bad row reported
 * with the line it starts on and why, so the whole file can be fixed in one go.
 */
export function parsePeopleCsv(input: string): ParsedPeopleCsv {
  if (input.includes("\u0000")) return refusal("This is not a text file. Save the list from your spreadsheet as CSV (UTF-8) and try again.");
  if (utf8Length(input) > MAX_CSV_BYTES) return refusal("The file is larger than 5 MB. Split it into smaller files and import them one after another.");
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records = readRecords(text).filter((r) => !isBlank(r));
  if (records.length === 0) return refusal("The file is empty. It needs a header row and at least one person.");

  const header = readHeader(records[0]);
  if ("message" in header) return { rows: [], errors: [header] };
  if (records.length === 1) return refusal("The file has a header row but nobody under it.");

  const rows: PersonRow[] = [];
  const errors: CsvError[] = [];
  const firstLineOfEmail = new Map<string, number>();
  for (const record of records.slice(1)) {
    const result = readRow(record, header, firstLineOfEmail);
    if ("message" in result) errors.push(result);
    else rows.push(result);
  }
  return { rows, errors };
}

/**
 * Bytes from an upload as text: UTF-8 when it is (with or without a BOM),
 * else Windows-1252, which is what Excel's plain "CSV" saves on Windows.
 * NUL bytes survive decoding, so parsePeopleCsv still refuses a binary file.
 */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

export type ExportPerson = ListedPerson;

// papaparse's own escapeFormulae pattern ends in `.*$` without the s flag,
// so a multi-line cell starting with "=" would slip through; this one does not.
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV a spreadsheet opens safely: UTF-8 with a BOM (Excel needs it for "Rød-Larsen"), no cell ever run as a formula. */
export function peopleToCsv(list: readonly (ExportPerson & { id?: string })[], opts: { tags?: ReadonlyMap<string, readonly { name: string }[]> } = {}): string {
  const { tags } = opts;
  // With tags, a last "Tags" column ("Board; Press") that the tag import reads back.
  const fields = [...LISTED_COLUMNS.map(columnLabel), ...(tags ? ["Tags"] : [])];
  const data = list.map((p) => [...LISTED_COLUMNS.map((c) => p[c] ?? ""), ...(tags ? [(tags.get(p.id ?? "") ?? []).map((t) => t.name).join("; ")] : [])]);
  return `\uFEFF${Papa.unparse({ fields, data }, { escapeFormulae: FORMULA_START, newline: "\r\n" })}\r\n`;
}
