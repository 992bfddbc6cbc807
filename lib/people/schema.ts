import { z } from "zod";

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

// NFC so a name typed on one machine and pasted from another ("Søreide",
// "Zoë") compares, searches and de-duplicates as the same text.
const text = (v: unknown) => (typeof v === "string" ? v.normalize("NFC").trim() : v);
const blankToNull = (v: unknown) => {
  const t = text(v);
  return t === undefined || t === "" ? null : t;
};

const optionalText = (max: number, label: string) =>
  z.preprocess(blankToNull, z.string().max(max, `Keep the ${label} under ${max} characters`).nullable());

const requiredName = (max: number, label: string) =>
  z.preprocess(
    (v) => text(v ?? ""),
    z.string({ message: `Enter the ${label}` }).min(1, `Enter the ${label}`).max(max, `Keep the ${label} under ${max} characters`),
  );

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
  givenName: requiredName(PERSON_LIMITS.givenName, "given name"),
  familyName: requiredName(PERSON_LIMITS.familyName, "family name"),
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
