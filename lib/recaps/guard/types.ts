import type { NamedPerson } from "@/lib/people/display-name";

/** A country as the guard knows it: its English name and the forms a recap may use for it ("Sweden", "Swedish"). */
export type CountryNames = {
  /** The country's common English name ("Sweden"). */
  name: string;
  /** Names, official names, demonyms and adjectives: "Sweden", "Kingdom of Sweden", "Swedish". Codes in capitals ("UK", "USA") match in capitals only. */
  forms: readonly string[];
};

/** A speaker or guest of a Chatham House event: the people a recap must not name. */
export type ProtectedPerson = Pick<NamedPerson, "honorific" | "givenName" | "familyName" | "affiliation" | "positionTitle"> & {
  /** The organization's acronym when the directory has one ("USIP"); acronyms in brackets in the affiliation are found by themselves. */
  affiliationShortName?: string | null;
  /**
   * The countries the person's title and affiliation name ("Norway",
   * "Ambassador to Bahrain"), with their forms. Filled on the server by
   * withCountries() (countries.ts), so the country data stays out of the
   * browser; without it, descriptions are matched by role alone.
   */
  countries?: readonly CountryNames[];
  /** How the person took part; only used to explain a hit. */
  part: "speaker" | "guest";
};

export type AttributionHitKind =
  | "name"
  | "given name"
  | "possible misspelling"
  | "affiliation"
  | "affiliation acronym"
  | "identifying description"
  | "quotation"
  | "named non-participant";

/** A finding in one field, with offsets into the text as typed (not normalized). */
export type AttributionHit = {
  field: string;
  start: number;
  end: number;
  text: string;
  kind: AttributionHitKind;
  /** Plain words for staff: "Names Ine Eriksen Søreide, a speaker at this event". */
  reason: string;
};

/** A hit before it is tied to its field and merged with its neighbours. */
export type RawHit = {
  start: number;
  end: number;
  kind: AttributionHitKind;
  reason: string;
  /** For a quotation: who the remark is attributed to, as written. */
  speaker?: string;
};

export function personFullName(p: Pick<ProtectedPerson, "givenName" | "familyName">): string {
  return `${p.givenName} ${p.familyName}`.replace(/\s+/g, " ").trim();
}

export function partPhrase(p: Pick<ProtectedPerson, "part">): string {
  switch (p.part) {
    case "speaker":
      return "a speaker at this event";
    case "guest":
      return "a guest at this event";
    default:
      return p.part satisfies never;
  }
}
