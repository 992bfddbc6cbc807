import { z } from "zod";

/** "Receive invitations again?": the address the person was invited at. */
export const optInRequestSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter the email address your invitations came to")
    .pipe(z.email({ message: "Enter an email address like name@example.org" }).max(254, "That address is too long")),
});
