"use server";

import { revalidatePath } from "next/cache";
import { personName } from "@/lib/people/display-name";
import { createPerson, mergePeople, updatePerson } from "@/lib/people/mutations";
import { mergePeopleSchema, personSchema, updatePersonSchema } from "@/lib/people/schema";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";
import { tagName, tagNames } from "@/lib/people/list-schema";
import { addPeopleToList } from "@/lib/people/lists";
import { setPersonTags, tagPeople, untagPeople } from "@/lib/people/tags";
import { z } from "zod";

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

const uuidList = z
  .string({ message: "Tick at least one person" })
  .transform((s) => s.split(",").map((x) => x.trim()).filter(Boolean))
  .pipe(z.array(z.uuid("Tick at least one person")).min(1, "Tick at least one person").max(10_000, "Choose at most 10,000 at a time"));

const bulkSchema = z.discriminatedUnion("op", [
  z.object({ op: z.literal("tag"), personIds: uuidList, tagName }),
  z.object({ op: z.literal("untag"), personIds: uuidList, tagId: z.uuid("Choose the tag to remove") }),
  z.object({ op: z.literal("list"), personIds: uuidList, listId: z.uuid("Choose a list") }),
], { message: "Choose what to do with the people ticked" });

const n = (x: number) => x.toLocaleString("en-GB");
const people = (x: number) => `${n(x)} ${x === 1 ? "person" : "people"}`;

const bulkPeople = staffAction("editor", bulkSchema, async (input, { db, actor }) => {
  let message: string;
  switch (input.op) {
    case "tag": {
      const { tag, tagged } = await tagPeople(db, actor, input.personIds, input.tagName);
      message = `Tagged ${people(tagged)} “${tag.name}”${tagged < input.personIds.length ? ` (${n(input.personIds.length - tagged)} already had it)` : ""}.`;
      break;
    }
    case "untag": {
      const { tag, untagged } = await untagPeople(db, actor, input.personIds, input.tagId);
      message = `Took “${tag.name}” off ${people(untagged)}.`;
      break;
    }
    case "list": {
      const { list, added } = await addPeopleToList(db, actor, input.listId, input.personIds);
      message = `Added ${people(added)} to “${list.name}”${added < input.personIds.length ? ` (${n(input.personIds.length - added)} already on it)` : ""}.`;
      break;
    }
    default:
      return input satisfies never;
  }
  revalidatePath("/staff/people");
  return { ok: true, message };
});

/** The ticked boxes post one personIds field each; the schema takes them as one list. */
export async function bulkPeopleAction(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  formData.set("personIds", formData.getAll("personIds").map(String).join(","));
  return bulkPeople(previous, formData);
}

export const setPersonTagsAction = staffAction("editor", z.object({ personId: z.uuid("Unknown person"), tags: tagNames }), async ({ personId, tags }, { db, actor }) => {
  const saved = await setPersonTags(db, actor, personId, tags);
  revalidatePath("/staff/people");
  revalidatePath(`/staff/people/${personId}`);
  return { ok: true, message: saved.length ? `Tags saved: ${saved.map((t) => t.name).join(", ")}.` : "All tags removed." };
});
