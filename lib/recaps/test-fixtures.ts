import { people, roundtableRecap } from "@/db/seed/seed-data";
import type { ProtectedPerson } from "./guard/types";
import { withCountries } from "./guard/countries";

// Real material from the seed file (a year of IPI's event news) and the demo
// directory, so the guard is tested against what staff actually write.

/** The published recap of the 1 November WPS/POC roundtable, held under the Chatham House rule. */
export const ROUNDTABLE_RECAP = roundtableRecap.replace("{date}", "November 1st");

type SeedPersonKey = keyof typeof people;

export function protectedPerson(key: SeedPersonKey, part: ProtectedPerson["part"]): ProtectedPerson {
  const p = people[key];
  return { honorific: p.honorific, givenName: p.givenName, familyName: p.familyName, affiliation: p.affiliation, part };
}

/** A seed person as the guard gets them from the server: with their job title and the countries it and their affiliation name. */
export function participant(key: SeedPersonKey, part: ProtectedPerson["part"]): ProtectedPerson {
  return withCountries([{ ...protectedPerson(key, part), positionTitle: people[key].positionTitle }])[0];
}

/** The roundtable's discussants and its guest list, as the demo data has them (titles included, as the editor gets them). */
export const ROUNDTABLE_PEOPLE: ProtectedPerson[] = [
  participant("taylor", "speaker"),
  participant("sherman", "speaker"),
  ...(["whitfield", "amiri", "tapesh", "lindborg", "erdberg", "elshami", "seraj"] as const).map((k) => participant(k, "guest")),
];

export const INSTITUTE_NAMES = ["International Peace Institute", "IPI"];
