"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/errors";
import { eventCoverRefSchema, eventCoverSchema } from "@/lib/events/cover";
import { removeEventCover, saveEventCover } from "@/lib/events/cover-mutations";
import { MAX_RECAP_IMAGE_BYTES } from "@/lib/recaps/image-limits";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";

// The cover changes the public pages too: staffAction drops the cached
// public pages once the change has committed (lib/public-cache/state.ts).
const refresh = () => revalidatePath("/staff/events/[id]", "layout");

/** A new cover (its bytes decide what it is: lib/recaps/images.ts) or new alt text for the one there. */
export async function saveCover(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  const file = formData.get("file");
  formData.delete("file");
  const run = staffAction("editor", eventCoverSchema, async (input, ctx) => {
    const chosen = file instanceof File && file.size > 0 ? file : null;
    // The server accepts a little more than the limit so the check can say how big the file was.
    if (chosen && chosen.size > MAX_RECAP_IMAGE_BYTES * 2) throw new DomainError(`The photo is larger than ${MAX_RECAP_IMAGE_BYTES / (1024 * 1024)} MB. Make it smaller and try again.`, "file");
    const upload = chosen ? { bytes: new Uint8Array(await chosen.arrayBuffer()), fileName: chosen.name, declaredType: chosen.type } : null;
    const { changed } = await saveEventCover(ctx.db, ctx.actor, input, upload);
    refresh();
    return { ok: true, message: upload ? "Cover saved. It shows on the public page and in the lists." : changed ? "Alt text saved." : "Nothing to change." };
  });
  return run(previous, formData);
}

export const removeCover = staffAction("editor", eventCoverRefSchema, async ({ eventId }, ctx) => {
  await removeEventCover(ctx.db, ctx.actor, eventId);
  refresh();
  return { ok: true, message: "Cover removed. The event is shown with its drawn cover." };
});
