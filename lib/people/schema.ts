import { z } from "zod";
import { blankToNull, optionalText, requiredText } from "@/lib/form-input";

// The person form, checked the same way in the browser and in the action,
// and by the CSV import for each row. Inputs arrive as strings; a blank
// string means "nothing known", stored as null.

export const PERSON_LIMITS = {
  honorific: 40,
  givenName: 100,
  familyName: 100,
  positionTitle: 200,
  affiliation: 200,
  email: 254,
  notes: 5000,
} as const;


export const personEmail = z.preprocess(
  (v) => {
    const t = blankToNull(v);
    return typeof t === "string" ? t.toLowerCase() : t;
  },
  z
    .email({ message: "Enter an email address like name@example.org" })
    .max(PERSON_LIMITS.email, "That email address is too long")
    .nullable(),
);

export const personSchema = z.object({
  honorific: optionalText(PERSON_LIMITS.honorific, "honorific"),
  givenName: requiredText(PERSON_LIMITS.givenName, "given name"),
  familyName: requiredText(PERSON_LIMITS.familyName, "family name"),
  positionTitle: optionalText(PERSON_LIMITS.positionTitle, "title"),
  affiliation: optionalText(PERSON_LIMITS.affiliation, "affiliation"),
  email: personEmail,
  notes: optionalText(PERSON_LIMITS.notes, "notes"),
});
export type PersonInput = z.output<typeof personSchema>;
export type PersonField = keyof PersonInput;

const personId = z.uuid({ message: "That person could not be found" });

export const updatePersonSchema = personSchema.extend({ id: personId });

export const mergePeopleSchema = z
  .object({ keepId: personId, mergeId: personId })
  .refine((v) => v.keepId !== v.mergeId, { message: "Choose a different record to merge", path: ["mergeId"] });
export type MergePeopleInput = z.output<typeof mergePeopleSchema>;

export const isPersonId = (id: string) => personId.safeParse(id).success;
