"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { retryEmail } from "@/lib/email/mutations";
import { DomainError } from "@/lib/errors";
import { staffAction } from "@/lib/safe-action";

export const retryFailedEmail = staffAction("editor", z.object({ id: z.uuid("Unknown email") }), async ({ id }, { db }) => {
  if (!(await retryEmail(db, id))) throw new DomainError("This email is not waiting for a retry.");
  revalidatePath("/staff/email");
  return { ok: true, message: "Queued to send again." };
});
