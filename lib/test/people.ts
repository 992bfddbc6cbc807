import type { ListedPerson } from "@/lib/people/display-name";

/** A guest as the directory knows her, for tests that need every field of a person filled in. */
export const MINISTER: ListedPerson = {
  honorific: "H.E. Ms.",
  givenName: "Ine Eriksen",
  familyName: "Søreide",
  positionTitle: "Minister of Foreign Affairs",
  affiliation: "Norway",
  email: "ine@example.org",
};
