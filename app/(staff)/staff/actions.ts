"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { promoteStrandedWaitlists } from "@/lib/invitations/stranded";
import { staffAction } from "@/lib/safe-action";

/**
 * The dashboard's "Move the waitlists up now": the same pass the server runs
 * every minute (lib/invitations/waitlist-check.ts), for staff who would
 * rather not wait for it. The warning it answers is gone afterwards, so the
 * outcome is said on the dashboard itself.
 */
export const moveWaitlistsUp = staffAction("editor", z.object({}), async (_input, { db }) => {
  const promoted = await promoteStrandedWaitlists(db);
  revalidatePath("/staff");
  redirect(`/staff?moved=${promoted.length}`);
});
