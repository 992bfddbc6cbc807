"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ImportOutcome } from "@/components/people/csv-import-form";
import { fromFileOrPaste } from "@/lib/people/csv-upload";
import { importTagsCsv } from "@/lib/people/tag-csv";
import { staffAction } from "@/lib/safe-action";

const NOTHING = "Choose a CSV file or paste the rows, header included";

const importSchema = z.object({
  text: z.string({ message: NOTHING }).refine((t) => t.trim() !== "", NOTHING),
  source: z.enum(["file", "paste"]).catch("paste"),
  listId: z.union([z.literal(""), z.uuid("Unknown list")]).optional(),
});

const importText = staffAction<typeof importSchema, ImportOutcome>(
  "editor",
  importSchema,
  async ({ text, source, listId }, { db, actor }) => {
    const result = await importTagsCsv(db, actor, text, { listId: listId || null });
    if (!result.ok) return { ok: true, data: { result: "rejected", errors: result.errors, pasted: source === "paste" ? text : null } };
    revalidatePath("/staff/people");
    revalidatePath("/staff/people/lists");
    const { people, tagged, addedToList, listName } = result;
    const n = (x: number) => x.toLocaleString("en-GB");
    return {
      ok: true,
      message: `Imported ${n(people)} ${people === 1 ? "row" : "rows"}: ${n(tagged)} new tags on people${listName ? `, ${n(addedToList)} added to “${listName}”` : ""}.`,
      data: { result: "imported", counts: { people, tagged, addedToList } },
    };
  },
  { ownText: ["text"] },
);

/** A chosen file wins over pasted rows. */
export const importTagsCsvAction = fromFileOrPaste(importText);
