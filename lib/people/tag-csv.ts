import "server-only";
import { personTags } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { columnForHeader, type CsvColumn } from "./csv-columns";
import { cell, isBlank, isTagsHeader, MAX_CSV_BYTES, readRecords, utf8Length, type CsvError } from "./csv";
import { tagNames } from "./list-schema";
import { addMemberRows, getContactList } from "./lists";
import { findPeopleByEmails } from "./queries";
import { personEmail } from "./schema";
import { ensureTags } from "./tags";

// Tags (and a static list's members) from a CSV: each row names a person in
// the directory by email, with the tags to put on them ("Board; Press"). Our
// own people and list exports read back as they are: their other columns are
// passed over. All or nothing, every bad row by line, like the people import.

export type TagRow = { line: number; email: string; tags: string[] };
export type ParsedTagCsv = { rows: TagRow[]; errors: CsvError[] };

const refusal = (message: string): ParsedTagCsv => ({ rows: [], errors: [{ line: 1, message }] });

export function parseTagCsv(input: string): ParsedTagCsv {
  if (input.includes("\u0000")) return refusal("This is not a text file. Save the list from your spreadsheet as CSV (UTF-8) and try again.");
  if (utf8Length(input) > MAX_CSV_BYTES) return refusal("The file is larger than 5 MB. Split it into smaller files and import them one after another.");
  const text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const records = readRecords(text).filter((r) => !isBlank(r));
  if (records.length === 0) return refusal("The file is empty. It needs a header row with an Email column, and at least one person.");

  let emailAt = -1;
  let tagsAt = -1;
  const unknown: string[] = [];
  records[0].cells.forEach((raw, i) => {
    const name = raw.trim();
    if (!name) return;
    const column: CsvColumn | null = columnForHeader(name);
    if (column === "email") emailAt = i;
    else if (isTagsHeader(name)) tagsAt = i;
    else if (!column) unknown.push(`“${name}”`);
  });
  const problems = [...(unknown.length ? [`unknown ${unknown.length === 1 ? "column" : "columns"} ${unknown.join(", ")}`] : []), ...(emailAt < 0 ? ["no Email column"] : [])];
  if (problems.length) return refusal(`The header row has ${problems.join(" and ")}. Use an Email column and, to tag people, a Tags column (tags separated by semicolons).`);
  if (records.length === 1) return refusal("The file has a header row but nobody under it.");

  const rows: TagRow[] = [];
  const errors: CsvError[] = [];
  const firstLine = new Map<string, number>();
  const width = records[0].cells.length;
  for (const record of records.slice(1)) {
    const { line, cells } = record;
    if (record.brokenQuotes) {
      errors.push({ line, message: "A quoted field is never closed: look for a stray quote mark (\")" });
      continue;
    }
    if (cells.length !== width) {
      errors.push({ line, message: `${cells.length > width ? "Too many" : "Too few"} columns: expected ${width}, found ${cells.length}. Put fields that contain commas in double quotes.` });
      continue;
    }
    const reasons: string[] = [];
    const rawEmail = cell(cells[emailAt]);
    const email = personEmail.safeParse(rawEmail);
    if (!rawEmail) reasons.push("Missing email");
    else if (!email.success || !email.data) reasons.push(`Invalid email “${rawEmail}”`);
    else if (firstLine.has(email.data)) reasons.push(`Email ${email.data} is repeated within the file (first at line ${firstLine.get(email.data)})`);
    else firstLine.set(email.data, line);
    const tags = tagNames.safeParse(tagsAt >= 0 ? cell(cells[tagsAt]) : "");
    if (!tags.success) reasons.push(tags.error.issues[0]?.message ?? "Tags cannot be read");
    if (reasons.length) errors.push({ line, message: reasons.join("; ") });
    else rows.push({ line, email: email.data as string, tags: tags.data ?? [] });
  }
  return { rows, errors };
}

export type TagImportResult = { ok: false; errors: CsvError[] } | { ok: true; people: number; tagged: number; addedToList: number; listName: string | null };

/**
 * Puts the file's tags on the people it names and, with a static list
 * chosen, adds them to it: in one transaction, or not at all when any row
 * is bad or names an address nobody in the directory has.
 */
export async function importTagsCsv(db: Db, actor: Actor, text: string, opts: { listId?: string | null } = {}): Promise<TagImportResult> {
  const parsed = parseTagCsv(text);
  const errors = [...parsed.errors];
  const list = opts.listId ? await getContactList(db, opts.listId) : null;
  if (opts.listId && !list) throw new DomainError("This list no longer exists. Choose another.", "listId");
  if (list?.smart) throw new DomainError(`“${list.name}” is a smart list: its members come from its rule. Choose a static list.`, "listId");
  if (!list && parsed.errors.length === 0 && parsed.rows.every((r) => r.tags.length === 0)) {
    errors.push({ line: 1, message: "Nothing to import: no row has tags, and no list was chosen to add the people to." });
  }
  const existing = await findPeopleByEmails(db, parsed.rows.map((r) => r.email));
  const byEmail = new Map(existing.map((p) => [(p.email as string).toLowerCase(), p.id]));
  for (const row of parsed.rows) {
    if (!byEmail.has(row.email)) errors.push({ line: row.line, message: `No one in the directory has the address ${row.email}: add them first (Import CSV on the People page)` });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };

  return db.transaction(async (tx) => {
    const tags = await ensureTags(tx, parsed.rows.flatMap((r) => r.tags));
    const tagId = new Map(tags.map((t) => [t.name.toLowerCase(), t.id]));
    const pairs = parsed.rows.flatMap((r) => r.tags.map((name) => ({ personId: byEmail.get(r.email) as string, tagId: tagId.get(name.toLowerCase()) as string })));
    let tagged = 0;
    for (let i = 0; i < pairs.length; i += 1000) {
      const inserted = await tx.insert(personTags).values(pairs.slice(i, i + 1000)).onConflictDoNothing().returning({ personId: personTags.personId });
      tagged += inserted.length;
    }
    if (tagged) await recordAudit(tx, actor, { action: "people.tags_imported", entityType: "tag_import", entityId: crypto.randomUUID(), after: { tagged, people: parsed.rows.length, tags: tags.map((t) => t.name) } });
    const addedToList = list ? await addMemberRows(tx, actor, list, [...new Set(parsed.rows.map((r) => byEmail.get(r.email) as string))]) : 0;
    return { ok: true as const, people: parsed.rows.length, tagged, addedToList, listName: list?.name ?? null };
  });
}
