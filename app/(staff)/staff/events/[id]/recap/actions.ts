"use server";

import { revalidatePath } from "next/cache";
import type { Db } from "@/db/types";
import { DomainError } from "@/lib/errors";
import { getEventSlug } from "@/lib/events/staff-queries";
import { MAX_RECAP_IMAGE_BYTES } from "@/lib/recaps/image-limits";
import { addRecapLink, moveRecapLink, removeRecapLink, saveRecapDraft } from "@/lib/recaps/mutations";
import { addRecapPhoto, moveRecapPhoto, removeRecapPhoto, setLeadRecapPhoto, updateRecapPhoto } from "@/lib/recaps/photo-mutations";
import { publishRecap, submitRecap, unpublishRecap, withdrawRecap } from "@/lib/recaps/workflow-mutations";
import type { RecapStaff } from "@/lib/recaps/recap-rows";
import {
  confirmedItems,
  moveRecapLinkSchema,
  moveRecapPhotoSchema,
  publishRecapSchema,
  recapDraftSchema,
  recapLinkRefSchema,
  recapLinkSchema,
  recapPhotoRefSchema,
  recapPhotoUpdateSchema,
  recapPhotoUploadSchema,
  recapRefSchema,
  unpublishRecapSchema,
} from "@/lib/recaps/schema";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";

type Ctx = { staff: { id: string; role: RecapStaff["role"] }; actor: { label: string } };
const recapStaff = ({ staff, actor }: Ctx): RecapStaff => ({ id: staff.id, label: actor.label, role: staff.role });

const refreshStaff = () => revalidatePath("/staff/events/[id]", "layout");

/** After a change of status the public page, lists and feed change too. */
async function refreshPublic(db: Db, eventId: string) {
  const slug = await getEventSlug(db, eventId);
  if (slug) revalidatePath(`/events/${slug}`);
  for (const path of ["/", "/events", "/feed.xml", "/sitemap.xml", "/staff"]) revalidatePath(path);
  refreshStaff();
}

/** Autosave: no page refresh, just the new revision and when. */
export const saveRecapText = staffAction<typeof recapDraftSchema, { revision: number; savedAt: string }>("editor", recapDraftSchema, async (input, ctx) => {
  const saved = await saveRecapDraft(ctx.db, recapStaff(ctx), input);
  return { ok: true, data: { revision: saved.revision, savedAt: saved.updatedAt.toISOString() } };
});

export const addLink = staffAction("editor", recapLinkSchema, async (input, ctx) => {
  await addRecapLink(ctx.db, recapStaff(ctx), input);
  refreshStaff();
  return { ok: true, message: "Link added." };
});

export const moveLink = staffAction("editor", moveRecapLinkSchema, async ({ linkId, direction }, ctx) => {
  await moveRecapLink(ctx.db, recapStaff(ctx), linkId, direction);
  refreshStaff();
  return { ok: true };
});

export const removeLink = staffAction("editor", recapLinkRefSchema, async ({ linkId }, ctx) => {
  await removeRecapLink(ctx.db, recapStaff(ctx), linkId);
  refreshStaff();
  return { ok: true, message: "Link removed." };
});

/** The photo's bytes decide what it is (lib/recaps/images.ts); the words are checked like any form. */
export async function uploadPhoto(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  const file = formData.get("file");
  formData.delete("file");
  const run = staffAction("editor", recapPhotoUploadSchema, async (input, ctx) => {
    if (!(file instanceof File) || file.size === 0) throw new DomainError("Choose a photo to upload.", "file");
    // The server accepts a little more than the limit so the check can say how big the file was.
    if (file.size > MAX_RECAP_IMAGE_BYTES * 2) throw new DomainError(`The photo is larger than ${MAX_RECAP_IMAGE_BYTES / (1024 * 1024)} MB. Make it smaller and try again.`, "file");
    const bytes = new Uint8Array(await file.arrayBuffer());
    await addRecapPhoto(ctx.db, recapStaff(ctx), input, { bytes, fileName: file.name, declaredType: file.type });
    refreshStaff();
    return { ok: true, message: "Photo added." };
  });
  return run(previous, formData);
}

export const updatePhoto = staffAction("editor", recapPhotoUpdateSchema, async (input, ctx) => {
  await updateRecapPhoto(ctx.db, recapStaff(ctx), input);
  refreshStaff();
  return { ok: true, message: "Photo saved." };
});

export const leadPhoto = staffAction("editor", recapPhotoRefSchema, async ({ photoId }, ctx) => {
  await setLeadRecapPhoto(ctx.db, recapStaff(ctx), photoId);
  refreshStaff();
  return { ok: true, message: "Lead photo chosen." };
});

export const movePhoto = staffAction("editor", moveRecapPhotoSchema, async ({ photoId, direction }, ctx) => {
  await moveRecapPhoto(ctx.db, recapStaff(ctx), photoId, direction);
  refreshStaff();
  return { ok: true };
});

export const removePhoto = staffAction("editor", recapPhotoRefSchema, async ({ photoId }, ctx) => {
  await removeRecapPhoto(ctx.db, recapStaff(ctx), photoId);
  refreshStaff();
  return { ok: true, message: "Photo removed." };
});

export const submitForReview = staffAction("editor", recapRefSchema, async ({ eventId }, ctx) => {
  await submitRecap(ctx.db, recapStaff(ctx), eventId);
  await refreshPublic(ctx.db, eventId);
  return { ok: true, message: "Submitted for review." };
});

export const publish = staffAction("editor", publishRecapSchema, async (input, ctx) => {
  await publishRecap(ctx.db, recapStaff(ctx), input.eventId, confirmedItems(input));
  await refreshPublic(ctx.db, input.eventId);
  return { ok: true, message: "Published. The recap now leads the event’s public page." };
});

export const unpublish = staffAction("editor", unpublishRecapSchema, async ({ eventId, reason }, ctx) => {
  await unpublishRecap(ctx.db, recapStaff(ctx), eventId, reason);
  await refreshPublic(ctx.db, eventId);
  return { ok: true, message: "Unpublished. The recap is a draft again." };
});

export const withdraw = staffAction("editor", recapRefSchema, async ({ eventId }, ctx) => {
  await withdrawRecap(ctx.db, recapStaff(ctx), eventId);
  await refreshPublic(ctx.db, eventId);
  return { ok: true, message: "Back to draft." };
});
