"use server";

import { revalidatePath } from "next/cache";
import { personName } from "@/lib/people/display-name";
import { createPerson, mergePeople, updatePerson } from "@/lib/people/mutations";
import { mergePeopleSchema, personSchema, updatePersonSchema } from "@/lib/people/schema";
import { staffAction } from "@/lib/safe-action";

export type SavedPerson = { id: string };

export const createPersonAction = staffAction<typeof personSchema, SavedPerson>("editor", personSchema, async (input, { db, actor }) => {
  const person = await createPerson(db, actor, input);
  revalidatePath("/staff/people");
  return { ok: true, message: `${personName(person)} is in the directory.`, data: { id: person.id } };
});

export const updatePersonAction = staffAction<typeof updatePersonSchema, SavedPerson>("editor", updatePersonSchema, async ({ id, ...input }, { db, actor }) => {
  const person = await updatePerson(db, actor, id, input);
  revalidatePath("/staff/people");
  revalidatePath(`/staff/people/${id}`);
  return { ok: true, message: "Saved.", data: { id: person.id } };
});

export const mergePeopleAction = staffAction("editor", mergePeopleSchema, async (input, { db, actor }) => {
  const result = await mergePeople(db, actor, input);
  revalidatePath("/staff/people");
  revalidatePath(`/staff/people/${input.keepId}`);
  revalidatePath(`/staff/people/${input.mergeId}`);
  const roles = `${result.movedSpeakingRoles} speaking ${result.movedSpeakingRoles === 1 ? "role" : "roles"}`;
  const invitations = `${result.movedInvitations} ${result.movedInvitations === 1 ? "invitation" : "invitations"}`;
  return { ok: true, message: `Merged into ${personName(result.person)}: ${roles} and ${invitations} moved.` };
});
