"use server";

import { revalidatePath } from "next/cache";
import { DomainError } from "@/lib/errors";
import { isForm, staffAction, UNREADABLE, type ActionState } from "@/lib/safe-action";
import { saveInstituteSettings } from "@/lib/settings/mutations";
import { forgetCachedInstitute } from "@/lib/settings/queries";
import { MAX_LOGO_BYTES, instituteSettingsSchema } from "@/lib/settings/schema";
import { deploymentDefaults } from "./defaults";

/**
 * Saves the whole settings page. The logo is read here (a file is not a
 * string the schema parses) and checked by its bytes in the mutation; this
 * process forgets its cached settings at once, and staffAction's new public
 * pages' version makes every other process forget them within a second.
 */
export async function saveSettings(previous: ActionState, formData: FormData): Promise<ActionState> {
  if (!isForm(formData)) return UNREADABLE;
  const file = formData.get("logo");
  formData.delete("logo");
  const run = staffAction("admin", instituteSettingsSchema, async (input, ctx) => {
    const chosen = file instanceof File && file.size > 0 ? file : null;
    // The server accepts a little more than the limit so the check can say how big the file was.
    if (chosen && chosen.size > MAX_LOGO_BYTES * 4) throw new DomainError(`The logo is larger than ${MAX_LOGO_BYTES / (1024 * 1024)} MB. Export it smaller and try again.`, "logo");
    const logo = chosen ? { bytes: new Uint8Array(await chosen.arrayBuffer()), fileName: chosen.name, declaredType: chosen.type } : null;
    try {
      const { changed } = await saveInstituteSettings(ctx.db, ctx.actor, input, logo, deploymentDefaults());
      return { ok: true, message: changed.length ? "Settings saved. Every page and the next emails use them now." : "Nothing to change." };
    } finally {
      forgetCachedInstitute();
      revalidatePath("/", "layout");
    }
  });
  return run(previous, formData);
}
