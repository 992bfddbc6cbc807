import { PERSON_LIMITS } from "@/lib/people/schema";
import type { GuestFormField } from "./guest-form";

/** The person's fields as a guest or visitor fills them in, each as long as the person schema allows. */
export const PERSON_FIELDS = {
  honorific: { name: "honorific", label: "Honorific", hint: "Ms., Mr., Dr., H.E., Amb.", optional: true, maxLength: PERSON_LIMITS.honorific },
  givenName: { name: "givenName", label: "Given name", maxLength: PERSON_LIMITS.givenName },
  familyName: { name: "familyName", label: "Family name", maxLength: PERSON_LIMITS.familyName },
  positionTitle: { name: "positionTitle", label: "Title", optional: true, maxLength: PERSON_LIMITS.positionTitle },
  affiliation: { name: "affiliation", label: "Organization", optional: true, maxLength: PERSON_LIMITS.affiliation },
  email: { name: "email", label: "Email", type: "email", maxLength: PERSON_LIMITS.email },
} as const satisfies Record<string, GuestFormField>;
