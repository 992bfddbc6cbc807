"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { cancelEvent, createEvent, deleteDraftEvent, duplicateEvent, updateEvent } from "@/lib/events/mutations";
import { eventFormSchema } from "@/lib/events/schema";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";

const idSchema = z.uuid("Unknown event");

// The co-host picker posts one cohostIds field per co-host; the form travels as one list.
const eventForm = z.preprocess(
  (v) => ({ ...(v as Record<string, unknown>), cohostIds: String((v as Record<string, unknown>).cohostIds ?? "").split(",") }),
  z.intersection(eventFormSchema, z.object({ id: z.string().optional() })),
);

const saveEventForm = staffAction("editor", eventForm, async ({ id: rawId, ...input }, { db, actor }) => {
  const id = rawId ? idSchema.safeParse(rawId) : null;
  if (id && !id.success) throw new DomainError("This event no longer exists.");
  const saved = id?.success ? await updateEvent(db, actor, id.data, input) : await createEvent(db, actor, input);
  revalidatePath("/staff", "layout");
  redirect(`/staff/events/${saved.event.id}?saved=1`);
});

/** Create (no id) or update (with id); then go to the event's overview, where any clash is shown. */
export async function saveEvent(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  formData.set("cohostIds", formData.getAll("cohostIds").map(String).filter(Boolean).join(","));
  return saveEventForm(previous, formData);
}

const eventIdForm = z.object({ eventId: idSchema });

export const duplicate = staffAction("editor", eventIdForm, async ({ eventId }, { db, actor }) => {
  const copy = await duplicateEvent(db, actor, eventId);
  revalidatePath("/staff", "layout");
  redirect(`/staff/events/${copy.id}/edit?duplicated=1`);
});

export const cancel = staffAction("editor", eventIdForm.extend({ reason: z.string().trim().max(500).optional() }), async ({ eventId, reason }, { db, actor }) => {
  await cancelEvent(db, actor, eventId, reason || null);
  revalidatePath("/staff", "layout");
  return { ok: true, message: "The event is cancelled." };
});

export const removeDraft = staffAction("editor", eventIdForm, async ({ eventId }, { db, actor }) => {
  await deleteDraftEvent(db, actor, eventId);
  revalidatePath("/staff", "layout");
  redirect("/staff/events?filter=drafts&deleted=1");
});
