"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ImportOutcome } from "@/components/people/csv-import-form";
import { decodeCsvBytes, MAX_CSV_BYTES } from "@/lib/people/csv";
import { importPeople } from "@/lib/people/import";
import { staffAction, type ActionState } from "@/lib/safe-action";

// A refused import is still an answer, not a failed request: it carries
// every bad row for the table, and pasted text so it can be fixed in place.

const NOTHING = "Choose a CSV file or paste the rows, header included";

const importSchema = z.object({
  text: z.string({ message: NOTHING }).refine((t) => t.trim() !== "", NOTHING),
  source: z.enum(["file", "paste"]).catch("paste"),
});

const number = (n: number) => n.toLocaleString("en-GB");

const importText = staffAction<typeof importSchema, ImportOutcome>("editor", importSchema, async ({ text, source }, { db, actor }) => {
  const result = await importPeople(db, actor, text);
  if (!result.ok) return { ok: true, data: { result: "rejected", errors: result.errors, pasted: source === "paste" ? text : null } };
  revalidatePath("/staff/people");
  const { created, updated, unchanged } = result;
  return {
    ok: true,
    message: `Imported: ${number(created)} added, ${number(updated)} updated, ${number(unchanged)} already up to date.`,
    data: { result: "imported", counts: { created, updated, unchanged } },
  };
});

/** Turns a chosen file into text (it wins over anything pasted), then imports like pasted rows. */
export async function importPeopleCsv(previous: ActionState<ImportOutcome>, formData: FormData): Promise<ActionState<ImportOutcome>> {
  const file = formData.get("file");
  formData.delete("file");
  formData.set("source", "paste");
  if (file instanceof File && file.size > 0) {
    // Reading a byte past the limit is enough for the parser to refuse the file in words.
    const bytes = new Uint8Array(await file.slice(0, MAX_CSV_BYTES + 1).arrayBuffer());
    formData.set("text", decodeCsvBytes(bytes));
    formData.set("source", "file");
  }
  const state = await importText(previous, formData);
  // A refusal never sends a whole file back to the browser.
  if (state && !state.ok && state.values && formData.get("source") === "file") delete state.values.text;
  return state;
}
