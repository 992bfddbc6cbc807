"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/db";
import { getCurrentStaff, staffActor } from "@/lib/auth/session";
import { deliverSoon } from "@/lib/email/trigger";
import { hasRole } from "@/lib/auth/roles";
import { cancelEvent, createEvent, deleteDraftEvent, duplicateEvent, updateEvent } from "@/lib/events/mutations";
import { eventFormSchema } from "@/lib/events/schema";
import { brokenFields, failureFrom, fieldErrorsOf, formValues, isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";

const idSchema = z.uuid("Unknown event");

/** Create (no id) or update (with id); then go to the event's overview, where any clash is shown. */
export async function saveEvent(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const staff = await getCurrentStaff();
  if (!staff) return { ok: false, formError: "Your session has ended. Sign in again to continue." };
  if (!hasRole(staff.role, "editor")) return { ok: false, formError: "You do not have permission to do this." };
  if (!isForm(formData)) return UNREADABLE;
  const cohostIds = formData.getAll("cohostIds").map(String);
  // What was sent, for the form to show again after a refusal: the co-hosts as one list.
  const values = { ...formValues(formData), cohostIds: cohostIds.filter(Boolean).join(",") };
  const broken = brokenFields(values);
  if (broken) return { ok: false, fieldErrors: broken, values };
  const raw: Record<string, unknown> = { ...formValues(formData), cohostIds };
  const parsed = eventFormSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
  const id = typeof raw.id === "string" && raw.id ? idSchema.safeParse(raw.id) : null;
  if (id && !id.success) return { ok: false, formError: "This event no longer exists.", values };
  let eventId: string;
  try {
    const saved = id?.success
      ? await updateEvent(getDb(), staffActor(staff), id.data, parsed.data)
      : await createEvent(getDb(), staffActor(staff), parsed.data);
    eventId = saved.event.id;
  } catch (e) {
    return failureFrom(e, values);
  }
  // A new time or place, or more room, may have queued emails to guests.
  deliverSoon();
  revalidatePath("/staff", "layout");
  redirect(`/staff/events/${eventId}?saved=1`);
}

const eventIdForm = z.object({ eventId: idSchema });

export const duplicate = staffAction("editor", eventIdForm, async ({ eventId }, { db, actor }) => {
  const copy = await duplicateEvent(db, actor, eventId);
  revalidatePath("/staff", "layout");
  redirect(`/staff/events/${copy.id}/edit?duplicated=1`);
});

export const cancel = staffAction("editor", eventIdForm.extend({ reason: z.string().trim().max(500).optional() }), async ({ eventId, reason }, { db, actor }) => {
  await cancelEvent(db, actor, eventId, reason || null);
  deliverSoon();
  revalidatePath("/staff", "layout");
  return { ok: true, message: "The event is cancelled." };
});

export const removeDraft = staffAction("editor", eventIdForm, async ({ eventId }, { db, actor }) => {
  await deleteDraftEvent(db, actor, eventId);
  revalidatePath("/staff", "layout");
  redirect("/staff/events?filter=drafts&deleted=1");
});
