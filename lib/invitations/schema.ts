import { z } from "zod";
import { optionalText } from "@/lib/form-input";
import { personEmail, personSchema } from "@/lib/people/schema";

// What a guest may tell us with an answer: short, plain text.
export const acceptSchema = z.object({
  plusOneName: optionalText(200, "name of the person you bring"),
  dietary: optionalText(500, "dietary needs"),
  accessibility: optionalText(500, "accessibility needs"),
});
export type AcceptInput = z.infer<typeof acceptSchema>;

export const declineSchema = z.object({
  message: optionalText(1000, "message"),
});
export type DeclineInput = z.infer<typeof declineSchema>;

export type GuestAnswer = ({ answer: "accept" } & AcceptInput) | ({ answer: "decline" } & DeclineInput);

// Public registration: who you are, as the guest list and the door list need it.
export const registrationSchema = personSchema.pick({ honorific: true, givenName: true, familyName: true, positionTitle: true, affiliation: true }).extend({
  email: personEmail.pipe(z.string({ message: "Enter your email address: your confirmation and personal link go there." })),
});
export type RegistrationInput = z.infer<typeof registrationSchema>;
