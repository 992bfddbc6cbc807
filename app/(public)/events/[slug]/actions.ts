"use server";

import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { isValidSlug } from "@/lib/events/slug";
import { eventForRegistration } from "@/lib/invitations/queries";
import { registerForEvent } from "@/lib/invitations/registration";
import { registrationSchema } from "@/lib/invitations/schema";
import { publicAction, type ActionSuccess } from "@/lib/safe-action";

function thanks(email: string | undefined): ActionSuccess<undefined> {
  return {
    ok: true,
    message: `Thank you. We have emailed ${email?.trim().toLowerCase() ?? "you"} a confirmation with your personal link: open it to see your place or change your answer.`,
  };
}

export const registerAction = publicAction(
  registrationSchema.extend({ slug: z.string().optional() }),
  async ({ slug = "", ...input }, { db, clientAddress }) => {
    const event = isValidSlug(slug) ? await eventForRegistration(db, slug) : null;
    if (!event) throw new DomainError("This event does not take registrations.");
    await registerForEvent(db, event.id, input, { clientAddress });
    return thanks(input.email);
  },
  // A field people cannot see: only robots fill it in. They are told what anyone is told.
  { screen: (values) => (values.website ? thanks(values.email) : undefined) },
);
