import { describe, expect, it } from "vitest";
import { affiliationCores, affiliationInitials, findAttributionHits, type AttributionHit } from "./attribution-guard";
import { countriesIn, withCountries } from "./countries";
import { withinOneEdit } from "./given-name-hits";
import type { ProtectedPerson } from "./types";
import { INSTITUTE_NAMES, ROUNDTABLE_PEOPLE, ROUNDTABLE_RECAP, participant } from "../test-fixtures";

// The guard's second round, rule by rule (the corpus in ../guard-corpus.ts scores it as a whole).

const person = (p: Partial<ProtectedPerson> & Pick<ProtectedPerson, "givenName" | "familyName">): ProtectedPerson => ({ part: "guest", ...p });
const minister = person({ givenName: "Anna", familyName: "Lindqvist", positionTitle: "Minister for Defence", affiliation: "Government of Sweden", part: "speaker" });
const chile = person({ givenName: "Tomás", familyName: "Herrera", positionTitle: "Ambassador and Permanent Representative", affiliation: "Permanent Mission of Chile to the United Nations Office at Geneva" });
const uk = person({ givenName: "David", familyName: "Ross-Whitfield", positionTitle: "Ambassador to the African Union", affiliation: "United Kingdom" });
const france = person({ givenName: "Jean-Baptiste", familyName: "Moreau", positionTitle: "Ambassador to Kenya", affiliation: "France" });
const PEOPLE = withCountries([minister, chile, uk, france]);

const check = (text: string, people: readonly ProtectedPerson[] = PEOPLE): AttributionHit[] =>
  findAttributionHits({ texts: [{ field: "body", text }], people, allowedNames: INSTITUTE_NAMES });
const found = (hits: AttributionHit[]) => hits.map((h) => [h.text, h.kind]);

describe("countries, from the world-countries data", () => {
  it("finds the country a title or affiliation names, in any English form", () => {
    expect(countriesIn("Ministry for Foreign Affairs of Iceland").map((c) => c.name)).toEqual(["Iceland"]);
    expect(countriesIn("US Institute of Peace").map((c) => c.name)).toEqual(["United States"]);
    expect(countriesIn("Turkey").map((c) => c.name)).toEqual(["Türkiye"]);
    // Svalbard's people are Norwegian too, in the data.
    expect(countriesIn("Norwegian Institute of International Affairs").map((c) => c.name)).toContain("Norway");
    expect(countriesIn("Geneva Centre for Security Policy")).toEqual([]);
  });

  it("takes names, demonyms and adjectives, but not names in other languages, and codes only in capitals", () => {
    const iceland = countriesIn("Iceland")[0].forms;
    expect(iceland).toEqual(expect.arrayContaining(["Iceland", "Icelander", "Icelandic", "IS"]));
    expect(iceland).not.toContain("Island");
    expect(countriesIn("Switzerland")[0].forms).not.toContain("French");
    expect(countriesIn("it is what it is")).toEqual([]);
  });
});

describe("identifying descriptions", () => {
  it("flags a country and a role that fit one participant, and says whom and why", () => {
    const [hit] = check("The Swedish defence minister warned of costs.");
    expect(hit).toMatchObject({ text: "Swedish defence minister", kind: "identifying description" });
    expect(hit.reason).toBe("Describes Anna Lindqvist (Minister for Defence, Government of Sweden), a speaker at this event: no other participant fits “Swedish defence minister”");
    expect(found(check("Chile's ambassador in Geneva argued otherwise."))).toEqual([["Chile's ambassador", "identifying description"]]);
    expect(found(check("The French ambassador to Kenya disagreed."))).toEqual([["French ambassador to Kenya", "identifying description"]]);
  });

  it("flags “the minister” when there was one minister, not “the ambassador” among three", () => {
    expect(found(check("The minister said procurement was slow."))).toEqual([["minister", "identifying description"]]);
    expect(check("The ambassador said the mandate was too broad.")).toEqual([]);
    expect(check("One ambassador said that sanctions rarely work.")).toEqual([]);
    expect(found(check("The ambassador to the African Union took a different view."))).toEqual([["ambassador to the African Union", "identifying description"]]);
  });

  it("is quiet on plurals, on a description that fits nobody here, and on a title before a name", () => {
    expect(check("The ambassadors agreed on the text.")).toEqual([]);
    expect(check("The Norwegian defence minister was quoted in the press.")).toEqual([]);
    expect(check("The President of the Security Council summarized the debate.")).toEqual([]);
    expect(check("A representative of civil society asked who would pay.")).toEqual([]);
    expect(check("We heard from Minister Bildt about the 1990s.")).toEqual([]);
  });

  it("flags a country and kind of organization that fit one participant's affiliation only", () => {
    const tartu = withCountries([person({ givenName: "Liisa", familyName: "Tamm", positionTitle: "Professor", affiliation: "University of Tartu, Estonia" })]);
    expect(found(check("An Estonian university will host the follow-up.", tartu))).toEqual([["Estonian university", "identifying description"]]);
    expect(check("The Swedish government announced funding.")).toEqual([]);
    expect(check("A university will host the follow-up.", tartu)).toEqual([]);
  });
});

describe("given names", () => {
  const ruiz = person({ givenName: "Maria Elena", familyName: "Ruiz" });
  const kwabena = person({ givenName: "Kwabena", familyName: "Mensah-Bonsu" });
  const hope = person({ givenName: "Hope", familyName: "Mwangi" });
  const samuel = person({ givenName: "Samuel", familyName: "Adeyemi" });

  it("flags a full given name of two words, and a distinctive one alone", () => {
    expect(found(check("Maria Elena pressed for ownership.", [ruiz]))).toEqual([["Maria Elena", "given name"]]);
    const [hit] = check("Kwabena’s paper set out three scenarios.", [kwabena]);
    expect(hit).toMatchObject({ text: "Kwabena’s", kind: "given name", reason: "Gives the first name of Kwabena Mensah-Bonsu, a guest at this event" });
  });

  it("treats a given name that is an ordinary word like a common-word family name", () => {
    expect(check("We hope the process continues.", [hope])).toEqual([]);
    expect(check("Hope remains that talks will resume.", [hope])).toEqual([]);
    expect(found(check("The mood shifted when Hope spoke.", [hope]))).toEqual([["Hope", "given name"]]);
  });

  it("is quiet when the given name is part of someone else's name", () => {
    expect(check("Samuel Huntington's thesis came up.", [samuel])).toEqual([]);
  });
});

describe("affiliations in short", () => {
  it("reads an affiliation's initials and its distinctive core", () => {
    expect(affiliationInitials("Geneva Centre for Security Policy")).toEqual(["GCSP"]);
    expect(affiliationInitials("U.S. Institute of Peace")).toEqual(["USIP"]);
    expect(affiliationInitials("UN Department of Political and Peacebuilding Affairs")).toEqual(["UNDPPA", "DPPA"]);
    expect(affiliationInitials("Norway")).toEqual([]);
    expect(affiliationCores("Pacific Islands Women's Forum")).toEqual(["Islands Women's Forum", "Women's Forum"]);
    expect(affiliationCores("Norwegian Ministry of Foreign Affairs")).toEqual([]);
  });

  it("flags the initials in capitals only, and the core with its capitals", () => {
    const gcsp = [person({ givenName: "Kwabena", familyName: "Mensah-Bonsu", affiliation: "Geneva Centre for Security Policy" })];
    expect(found(check("A GCSP study was cited.", gcsp))).toEqual([["GCSP", "affiliation acronym"]]);
    expect(check("A gcsp study was cited.", gcsp)).toEqual([]);
    const forum = [person({ givenName: "Maria", familyName: "Ruiz", affiliation: "Pacific Islands Women's Forum" })];
    expect(found(check("The Women’s Forum has pushed for this.", forum))).toEqual([["Women’s Forum", "affiliation"]]);
    expect(check("Women’s forums have pushed for this.", forum)).toEqual([]);
  });
});

describe("near-miss spellings", () => {
  const hattrem = person({ givenName: "Eirik", familyName: "Hattrem" });

  it("flags a distinctive family name one edit away, and says which", () => {
    const [hit] = check("Hattrim’s analysis was sharp.", [hattrem]);
    expect(hit).toMatchObject({ text: "Hattrim’s", kind: "possible misspelling", reason: "Looks like a misspelling of Hattrem: Eirik Hattrem, a guest at this event" });
    expect(check("The Mad Hatter’s party.", [hattrem])).toEqual([]);
  });

  it("counts one change, insertion, deletion or swap as one edit", () => {
    expect(withinOneEdit("hattrim", "hattrem")).toBe(true);
    expect(withinOneEdit("hatrem", "hattrem")).toBe(true);
    expect(withinOneEdit("hattrme", "hattrem")).toBe(true);
    expect(withinOneEdit("hatter", "hattrem")).toBe(false);
    expect(withinOneEdit("hattrem", "hattrem")).toBe(false);
  });
});

describe("names that belong to someone or something else", () => {
  const park = person({ honorific: "Dr.", givenName: "Ji-won", familyName: "Park" });

  it("is quiet on “Park Chung-hee” and “the Ross Sea”, and still flags “Park argued” and “Whitfield's view”", () => {
    expect(check("Park Chung-hee's reforms were a case study.", [park])).toEqual([]);
    expect(check("The Ross Sea was mentioned as a model.", [uk])).toEqual([]);
    expect(found(check("Park argued that growth needs institutions.", [park]))).toEqual([["Park argued", "name"]]);
    expect(found(check("Whitfield's view was that the AU should lead.", [uk]))).toEqual([["Whitfield's", "name"]]);
    expect(found(check("Dr. Park Ji-won spoke.", [park]))).toEqual([["Dr. Park Ji-won", "name"]]);
  });

  it("says a quoted name is not a participant, and asks whether it was a public statement", () => {
    const [hit] = check("António Guterres said in a statement that the Council must act.");
    expect(hit.kind).toBe("named non-participant");
    expect(hit.reason).toContain("not a participant — check that this is a public statement");
  });
});

describe("the seed's roundtable recap, with the participants' titles and countries", () => {
  it("has titles and countries to work with, and still raises no false alarm", () => {
    expect(ROUNDTABLE_PEOPLE.every((p) => p.positionTitle !== undefined)).toBe(true);
    expect(participant("tapesh", "guest").countries?.map((c) => c.name)).toEqual(["Afghanistan"]);
    expect(findAttributionHits({ texts: [{ field: "body", text: ROUNDTABLE_RECAP }], people: ROUNDTABLE_PEOPLE, allowedNames: [...INSTITUTE_NAMES, "Government of Canada"] })).toEqual([]);
  });
});
