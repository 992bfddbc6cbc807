import { z } from "zod";
import { PRECEDENCE_CLASSES } from "@/db/enum-values";
import { blankToNull, optionalText, requiredText } from "@/lib/form-input";
import { precedenceClassFromText } from "@/lib/seating/precedence-input";

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

/** Diplomatic rank for seating and sorting: a class's value or its name ("Ambassador or permanent representative"); blank for none. */
export const personPrecedence = z.preprocess(
  (v) => {
    const t = blankToNull(v);
    return typeof t === "string" ? (precedenceClassFromText(t) ?? t) : t;
  },
  z.enum(PRECEDENCE_CLASSES, { message: "Choose a precedence class from the list (e.g. Minister, Ambassador, Other official)" }).nullable(),
);

/** The date a head of mission presented credentials: YYYY-MM-DD, a real day, not in the future. */
export const personCredentialsDate = z.preprocess(
  blankToNull,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Enter the date of credentials as YYYY-MM-DD, e.g. 2021-09-14", abort: true })
    .refine((d) => {
      const day = new Date(`${d}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === d;
    }, { message: "That date of credentials is not a real day", abort: true })
    .refine((d) => d >= "1900-01-01" && new Date(`${d}T00:00:00Z`).getTime() <= Date.now() + 86_400_000, "The date of credentials cannot be in the future")
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
  precedenceClass: personPrecedence,
  credentialsDate: personCredentialsDate,
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
