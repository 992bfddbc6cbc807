import { z } from "zod";
import { optionalText, requiredText } from "@/lib/form-input";
import { ADMIT_REASON_MAX } from "./door-standing";
import { personEmail, personSchema } from "@/lib/people/schema";

// What a guest may tell us with an answer: short, plain text. The forms
// (the guest's page, staff recording an answer) take their lengths from here.
export const ANSWER_TEXT_LIMITS = {
  plusOneName: 200,
  dietary: 500,
  accessibility: 500,
  message: 1000,
  onBehalfOfName: 200,
  /** How an answer given outside Convene reached staff. */
  reason: 500,
} as const;
const L = ANSWER_TEXT_LIMITS;

export const acceptSchema = z.object({
  plusOneName: optionalText(L.plusOneName, "name of the person you bring"),
  dietary: optionalText(L.dietary, "dietary needs"),
  accessibility: optionalText(L.accessibility, "accessibility needs"),
});
export type AcceptInput = z.infer<typeof acceptSchema>;

export const declineSchema = z.object({
  message: optionalText(L.message, "message"),
});
export type DeclineInput = z.infer<typeof declineSchema>;

export type GuestAnswer = ({ answer: "accept" } & AcceptInput) | ({ answer: "decline" } & DeclineInput);

// Public registration: who you are, as the guest list and the door list need it.
export const registrationSchema = personSchema.pick({ honorific: true, givenName: true, familyName: true, positionTitle: true, affiliation: true }).extend({
  email: personEmail.pipe(z.string({ message: "Enter your email address: your confirmation and personal link go there." })),
});
export type RegistrationInput = z.infer<typeof registrationSchema>;

// A delegate named by a guest: who they are, as the door list and the invitation need it.
export const delegateSchema = registrationSchema;
export type DelegateInput = RegistrationInput;

// An assistant answering for the guest: both or neither.
export const onBehalfSchema = z
  .object({
    onBehalfOfName: optionalText(L.onBehalfOfName, "your name"),
    onBehalfOfEmail: personEmail,
  })
  .refine((v) => Boolean(v.onBehalfOfName) === Boolean(v.onBehalfOfEmail), {
    message: "To answer for someone, give both your name and your email address",
    path: ["onBehalfOfEmail"],
  });

// Someone at the door who is not on the list: a name is enough, an email if they give one.
export const walkInSchema = personSchema.pick({ honorific: true, givenName: true, familyName: true, positionTitle: true, affiliation: true, email: true });
export type WalkInInput = z.infer<typeof walkInSchema>;

// Why the door let in a guest who was not expected (declined, waitlisted, no answer, withdrawn): kept on the invitation and in the history.
export const admitReasonSchema = z.object({ reason: requiredText(ADMIT_REASON_MAX, "reason for admitting them") });
