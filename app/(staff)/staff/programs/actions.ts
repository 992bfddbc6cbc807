"use server";

import { revalidatePath } from "next/cache";
import { createProgram, updateProgram } from "@/lib/reference-data/mutations";
import { programSchema, updateProgramSchema } from "@/lib/reference-data/schema";
import { staffAction } from "@/lib/safe-action";

type Saved = { id: string };

export const createProgramAction = staffAction<typeof programSchema, Saved>("editor", programSchema, async (input, { db, actor }) => {
  const program = await createProgram(db, actor, input);
  revalidatePath("/staff/programs");
  return { ok: true, message: `${program.name} is in the list of programs.`, data: { id: program.id } };
});

export const updateProgramAction = staffAction<typeof updateProgramSchema, Saved>("editor", updateProgramSchema, async ({ id, ...input }, { db, actor }) => {
  const program = await updateProgram(db, actor, id, input);
  revalidatePath("/staff/programs");
  revalidatePath(`/staff/programs/${id}`);
  return { ok: true, message: "Saved.", data: { id: program.id } };
});
