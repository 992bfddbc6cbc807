"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ImportOutcome } from "@/components/people/csv-import-form";
import { fromFileOrPaste } from "@/lib/people/csv-upload";
import { importPeople } from "@/lib/people/import";
import { staffAction } from "@/lib/safe-action";

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
  // The CSV parser refuses a file that is not text in its own words.
}, { ownText: ["text"] });

/** A chosen file wins over pasted rows; both are imported the same way. */
export const importPeopleCsv = fromFileOrPaste(importText);
