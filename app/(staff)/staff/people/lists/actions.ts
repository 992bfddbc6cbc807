"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { listFormSchema } from "@/lib/people/list-schema";
import { createContactList, deleteContactList, removePeopleFromList, updateContactList } from "@/lib/people/lists";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";

const listId = z.uuid("Unknown list");

export const createListAction = staffAction("editor", listFormSchema, async (input, { db, actor }) => {
  const list = await createContactList(db, actor, input);
  revalidatePath("/staff/people/lists");
  redirect(`/staff/people/lists/${list.id}?notice=${encodeURIComponent(`“${list.name}” created.`)}`);
});

export const updateListAction = staffAction(
  "editor",
  z.intersection(z.object({ listId }), listFormSchema),
  async ({ listId: id, name, description, rule }, { db, actor }) => {
    const list = await updateContactList(db, actor, id, { name, description, rule: rule ?? undefined });
    revalidatePath("/staff/people/lists");
    revalidatePath(`/staff/people/lists/${id}`);
    return { ok: true, message: `“${list.name}” saved.` };
  },
);

export const deleteListAction = staffAction("editor", z.object({ listId }), async ({ listId: id }, { db, actor }) => {
  const list = await deleteContactList(db, actor, id);
  revalidatePath("/staff/people/lists");
  redirect(`/staff/people/lists?notice=${encodeURIComponent(`“${list.name}” deleted; the people in it are still in the directory.`)}`);
});

const removeMembers = staffAction(
  "editor",
  z.object({
    listId,
    personIds: z
      .string({ message: "Tick at least one person" })
      .transform((s) => s.split(",").filter(Boolean))
      .pipe(z.array(z.uuid("Tick at least one person")).min(1, "Tick at least one person").max(10_000)),
  }),
  async ({ listId: id, personIds }, { db, actor }) => {
    const { list, removed } = await removePeopleFromList(db, actor, id, personIds);
    revalidatePath(`/staff/people/lists/${id}`);
    return { ok: true, message: `${removed.toLocaleString("en-GB")} ${removed === 1 ? "person" : "people"} taken off “${list.name}”.` };
  },
);

/** The ticked boxes post one personIds field each. */
export async function removeMembersAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  formData.set("personIds", formData.getAll("personIds").map(String).join(","));
  return removeMembers(previous, formData);
}
