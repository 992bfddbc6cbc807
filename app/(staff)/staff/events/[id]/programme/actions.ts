"use server";

import { revalidatePath } from "next/cache";
import { addAgendaItem, addNewSpeaker, addSpeaker, moveSpeaker, removeAgendaItem, removeSpeaker, setSpeakerAgendaItems, updateAgendaItem } from "@/lib/events/programme";
import { addSpeakerSchema, agendaItemSchema, agendaItemUpdateSchema, agendaRefSchema, moveSpeakerSchema, newSpeakerSchema, speakerAgendaSchema, speakerRefSchema } from "@/lib/events/programme-schema";
import { personName } from "@/lib/people/display-name";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";

const refresh = () => revalidatePath("/staff/events/[id]", "layout");

export const addExistingSpeaker = staffAction("editor", addSpeakerSchema, async (input, { db, actor }) => {
  const { person } = await addSpeaker(db, actor, input);
  refresh();
  return { ok: true, message: `${personName(person)} added.` };
});

export const addCreatedSpeaker = staffAction("editor", newSpeakerSchema, async (input, { db, actor }) => {
  const { person } = await addNewSpeaker(db, actor, input);
  refresh();
  return { ok: true, message: `${personName(person)} added to the directory and the programme.` };
});

export const reorderSpeaker = staffAction("editor", moveSpeakerSchema, async ({ speakerId, direction }, { db, actor }) => {
  await moveSpeaker(db, actor, speakerId, direction);
  refresh();
  return { ok: true };
});

export const dropSpeaker = staffAction("editor", speakerRefSchema, async ({ speakerId }, { db, actor }) => {
  await removeSpeaker(db, actor, speakerId);
  refresh();
  return { ok: true, message: "Removed from the programme." };
});

const saveSpeakerItems = staffAction("editor", speakerAgendaSchema, async (input, { db, actor }) => {
  const { person, agendaItems } = await setSpeakerAgendaItems(db, actor, input);
  refresh();
  const name = personName(person);
  return { ok: true, message: agendaItems.length ? `${name} speaks at: ${agendaItems.join(", ")}.` : `${name} is not tied to any agenda item.` };
});

/** Checkboxes post one agendaItemIds field per item ticked; the schema takes them as one list. */
export async function setSpeakerItems(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  formData.set("agendaItemIds", formData.getAll("agendaItemIds").map(String).join(","));
  return saveSpeakerItems(previous, formData);
}

export const addAgenda = staffAction("editor", agendaItemSchema, async (input, { db, actor }) => {
  await addAgendaItem(db, actor, input);
  refresh();
  return { ok: true, message: "Agenda item added." };
});

export const changeAgenda = staffAction("editor", agendaItemUpdateSchema, async (input, { db, actor }) => {
  const item = await updateAgendaItem(db, actor, input);
  refresh();
  return { ok: true, message: `“${item.title}” saved.` };
});

export const dropAgenda = staffAction("editor", agendaRefSchema, async ({ itemId }, { db, actor }) => {
  await removeAgendaItem(db, actor, itemId);
  refresh();
  return { ok: true, message: "Agenda item removed." };
});
