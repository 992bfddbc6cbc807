import { describe, expect, it } from "vitest";
import { findAttributionHits, highlightSegments, type AttributionGuardInput, type AttributionHit, type ProtectedPerson } from "./attribution-guard";
import { INSTITUTE_NAMES, ROUNDTABLE_PEOPLE, ROUNDTABLE_RECAP, protectedPerson } from "../test-fixtures";

const soreide = protectedPerson("soreide", "speaker");
const rodLarsen = protectedPerson("rodLarsen", "speaker");
const lupel = protectedPerson("lupel", "speaker");
const taylor = protectedPerson("taylor", "speaker");
const casasZamora = protectedPerson("casasZamora", "speaker");
const malksoo = protectedPerson("malksoo", "guest");
const hussein = protectedPerson("hussein", "guest");
const morton = protectedPerson("morton", "guest");
const erdberg = protectedPerson("erdberg", "guest");
const lindborg = protectedPerson("lindborg", "guest");
const pout = protectedPerson("pout", "guest");
const eide: ProtectedPerson = { honorific: "H.E. Mr.", givenName: "Espen", familyName: "Barth Eide", affiliation: "Norwegian Ministry of Foreign Affairs", part: "speaker" };
const rice: ProtectedPerson = { honorific: "Dr.", givenName: "Condoleezza", familyName: "Rice", affiliation: null, part: "guest" };
const may: ProtectedPerson = { honorific: "The Rt. Hon.", givenName: "Theresa", familyName: "May", affiliation: null, part: "guest" };
const young: ProtectedPerson = { honorific: "H.E. Mr.", givenName: "Andrew", familyName: "Young", affiliation: null, part: "speaker" };
const willRice: ProtectedPerson = { honorific: null, givenName: "Will", familyName: "Rice", affiliation: null, part: "guest" };

const PEOPLE = [soreide, rodLarsen, lupel, taylor, casasZamora, malksoo, hussein, morton, erdberg, lindborg, pout, eide];

function check(text: string, input: Partial<AttributionGuardInput> & { field?: string } = {}): AttributionHit[] {
  return findAttributionHits({
    texts: [{ field: input.field ?? "body", text }],
    people: input.people ?? PEOPLE,
    allowedNames: input.allowedNames ?? INSTITUTE_NAMES,
    commonWords: input.commonWords,
  });
}

const texts = (hits: AttributionHit[]) => hits.map((h) => h.text);

describe("the Chatham House guard: names", () => {
  it("finds a full name, with its offsets in the text as typed and a reason in plain words", () => {
    const text = "The roundtable heard from Ine Eriksen Søreide on human rights.";
    const hits = check(text);
    expect(hits).toEqual([
      {
        field: "body",
        start: 26,
        end: 45,
        text: "Ine Eriksen Søreide",
        kind: "name",
        reason: "Names Ine Eriksen Søreide, a speaker at this event",
      },
    ]);
    expect(text.slice(hits[0].start, hits[0].end)).toBe("Ine Eriksen Søreide");
  });

  it("matches full names whatever their case", () => {
    expect(texts(check("we thank ine eriksen søreide and ADAM LUPEL."))).toEqual(["ine eriksen søreide", "ADAM LUPEL"]);
  });

  it("finds a family name alone when it is written as a name, and not in lower case", () => {
    expect(texts(check("As the minister put it, Søreide set the tone. Lupel closed it."))).toEqual(["Søreide", "Lupel"]);
    expect(check("the file was named lupel-notes.docx")).toEqual([]);
  });

  it("takes honorifics and titles into the hit", () => {
    expect(texts(check("We welcomed Ms. Søreide and Dr. Lupel."))).toEqual(["Ms. Søreide", "Dr. Lupel"]);
    expect(texts(check("Thanks to H.E. Ms. Ine Eriksen Søreide."))).toEqual(["H.E. Ms. Ine Eriksen Søreide"]);
    expect(texts(check("Remarks by Foreign Minister Søreide opened it."))).toEqual(["Foreign Minister Søreide"]);
    expect(texts(check("IPI President Terje Rød-Larsen welcomed everyone."))).toEqual(["President Terje Rød-Larsen"]);
  });

  it("folds diacritics both ways: Rød-Larsen, Rod-Larsen, Roed-Larsen, RØD-LARSEN", () => {
    const text = "Rod-Larsen, Roed-Larsen, Rød Larsen and RØD-LARSEN; also Soreide, but not Soerensen.";
    expect(texts(check(text))).toEqual(["Rod-Larsen", "Roed-Larsen", "Rød Larsen", "RØD-LARSEN", "Soreide"]);
    // Stored without diacritics, written with them.
    const plain: ProtectedPerson = { givenName: "Lauri", familyName: "Malksoo", part: "guest" };
    const mueller: ProtectedPerson = { givenName: "Jürgen", familyName: "Müller", part: "guest" };
    const dupre: ProtectedPerson = { givenName: "Hélène", familyName: "Dupré", part: "guest" };
    expect(texts(check("Mälksoo, Muller, Mueller and Helene Dupre spoke.", { people: [plain, mueller, dupre] }))).toEqual(["Mälksoo", "Muller", "Mueller", "Helene Dupre"]);
  });

  it("finds hyphenated names, whole, with a space, or by a distinctive part", () => {
    expect(texts(check("Kevin Casas-Zamora, then Casas Zamora, then Zamora alone."))).toEqual(["Kevin Casas-Zamora", "Casas Zamora", "Zamora"]);
  });

  it("includes possessives, straight or curly", () => {
    expect(texts(check("Taylor's point and Taylor’s book, and Lupel’s."))).toEqual(["Taylor's", "Taylor’s", "Lupel’s"]);
  });

  it("finds initials in every spacing", () => {
    expect(texts(check("E. B. Eide, E.B. Eide, Espen B. Eide, E.B.Eide and Espen Eide."))).toEqual([
      "E. B. Eide",
      "E.B. Eide",
      "Espen B. Eide",
      "E.B.Eide",
      "Espen Eide",
    ]);
    // Someone else's initial is not taken into the hit.
    expect(texts(check("X. Eide"))).toEqual(["Eide"]);
  });

  it("finds a name at the start of a sentence, a line or a list item", () => {
    expect(texts(check("Taylor opened the meeting.\n- Lupel closed it."))).toEqual(["Taylor", "Lupel"]);
  });

  it("keeps offsets right after characters outside the basic plane and with decomposed accents", () => {
    const text = "🕊️ Ma\u0308lksoo and Dupre\u0301 spoke";
    const dupre: ProtectedPerson = { givenName: "Hélène", familyName: "Dupré", part: "guest" };
    const hits = check(text, { people: [malksoo, dupre] });
    expect(hits.map((h) => [h.start, h.end])).toEqual([
      [4, 12],
      [17, 23],
    ]);
    expect(texts(hits)).toEqual(["Ma\u0308lksoo", "Dupre\u0301"]);
  });
});

describe("the Chatham House guard: affiliations", () => {
  it("finds a speaker's affiliation and says whose it is", () => {
    const [hit] = check("A view from Norway on the 2030 Agenda.");
    expect(hit).toMatchObject({ text: "Norway", kind: "affiliation", reason: "Names Norway, the affiliation of Ine Eriksen Søreide, a speaker at this event" });
    expect(texts(check("Norway’s position"))).toEqual(["Norway’s"]);
  });

  it("finds the organization without the place after it, and never the place alone", () => {
    expect(texts(check("Scholars from the University of Tartu, Estonia, and the University of Tartu."))).toEqual([
      "University of Tartu, Estonia",
      "University of Tartu",
    ]);
    expect(check("The situation in Estonia was discussed.")).toEqual([]);
  });

  it("finds an acronym written in the data, in capitals only", () => {
    expect(texts(check("UNIDO and CEIDES were represented."))).toEqual(["UNIDO", "CEIDES"]);
    expect(check("Unido is not an acronym here.")).toEqual([]);
    const withShortName: ProtectedPerson = { ...erdberg, affiliationShortName: "USIP" };
    expect(texts(check("A USIP view.", { people: [withShortName] }))).toEqual(["USIP"]);
    expect(check("An International IDEA paper, a good idea.")[0]).toMatchObject({ text: "International IDEA", kind: "affiliation" });
  });

  it("treats U.S. and US alike", () => {
    expect(texts(check("the U.S. Institute of Peace and the US Institute of Peace", { people: [erdberg] }))).toEqual(["U.S. Institute of Peace", "US Institute of Peace"]);
  });

  it("needs the capitals the data has, so ordinary phrases are not affiliations", () => {
    expect(check("Extremists build parallel networks of support.")).toEqual([]);
    expect(texts(check("A founder of Parallel Networks spoke."))).toEqual(["Parallel Networks"]);
  });
});

describe("the Chatham House guard: quotations", () => {
  const quoted = (text: string, people: ProtectedPerson[] = PEOPLE) => check(text, { people }).filter((h) => h.reason.startsWith("Attributes"));

  it.each([
    ["“We must act now,” said John Smith.", "said John Smith"],
    ["John Smith said the council must act.", "John Smith said"],
    ["According to John Smith, the council must act.", "According to John Smith"],
    ["John Smith noted that the council must act.", "John Smith noted"],
    ["Smith argued for more funding.", "Smith argued"],
    ["Smith stressed the point.", "Smith stressed"],
    ["Smith emphasized the point.", "Smith emphasized"],
    ["Smith remarked on the point.", "Smith remarked"],
    ["Smith told participants the truth.", "Smith told"],
    ["Smith warned of a relapse.", "Smith warned"],
    ["Smith also pointed out a gap.", "Smith also pointed out"],
    ["Karen Pierce, Permanent Representative of the U.K. to the UN, said, “More than half collapse.”", "Karen Pierce, Permanent Representative of the U.K. to the UN, said"],
    ["It was a point made by John Smith.", "made by John Smith"],
    ["As Smith put it, peace is a process.", "As Smith put it"],
    ["“Peace is a process.” — John Smith", "John Smith"],
    ["However Smith said otherwise.", "Smith said"],
    ["Norway argued for a stronger mandate.", "Norway argued"],
    ["Taylor Warns of a Funding Gap", "Taylor Warns"],
  ])("flags a remark attributed to a named person, even one not on the list: %s", (text, expected) => {
    const hits = quoted(text, []);
    expect(texts(hits)).toEqual([expected]);
    // Not on the list: perhaps a public statement, and the finding says so.
    expect(hits[0].kind).toBe("named non-participant");
  });

  it("names the speaker in plain words, and says when they are not a participant", () => {
    expect(quoted("IPI President Terje Rød-Larsen said it.", [])[0].reason).toBe(
      "Attributes a remark to Terje Rød-Larsen: not a participant — check that this is a public statement; if it was said at this event, report the point without saying who made it",
    );
    const [hit] = quoted("IPI President Terje Rød-Larsen said it.", [rodLarsen]);
    expect(hit.kind).toBe("name");
    expect(hit.reason).toBe("Attributes what was said to Terje Rød-Larsen; report the point without saying who made it; Names Terje Rød-Larsen, a speaker at this event");
  });

  it.each([
    "Participants noted that accountability must be strengthened.",
    "participants noted that accountability must be strengthened.",
    "One speaker said that the agendas overlap.",
    "A minister argued that funding is short.",
    "The Minister said the mandate was clear.",
    "Discussants argued that intimate partner violence is related to conflict.",
    "Speakers said that the strategic integration points were climate change and health.",
    "They noted, however, that women are seen as victims.",
    "He said peace was possible.",
    "Several participants warned of fatigue.",
    "Member States stressed the point.",
    "UN Member States noted the point.",
    "The Security Council stressed the point.",
    "UN Women argued for funding.",
    "Resolution 1325 notes the role of women.",
    "In Canada, participants said the same.",
    "Finally, participants said the same.",
    "“Whatever works for peace is good,” one participant said.",
    "“Whatever works,” said one participant.",
    "Everyone agreed.",
    "According to the report, violence fell.",
  ])("allows neutral subjects: %s", (text) => {
    expect(quoted(text, [])).toEqual([]);
  });

  it("merges a quotation and the protected name inside it into one hit with both reasons", () => {
    const hits = check("“We need more women,” said Taylor.");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ text: "said Taylor", kind: "name" });
    expect(hits[0].reason).toBe(
      "Attributes what was said to Taylor; report the point without saying who made it; Names Sarah Taylor, a speaker at this event",
    );
  });

  it("also catches quotes in Markdown emphasis", () => {
    expect(texts(quoted("“Act now,” said **John Smith**.", []))).toEqual(["said **John Smith"]);
  });
});

describe("the Chatham House guard: allowed names", () => {
  it("never flags the co-hosts, even when their name holds a protected affiliation", () => {
    const norwayGuest: ProtectedPerson = { givenName: "Kari", familyName: "Nordmann", affiliation: "Norway", part: "guest" };
    const allowedNames = [...INSTITUTE_NAMES, "Permanent Mission of Norway to the United Nations", "Norwegian Ministry of Foreign Affairs"];
    expect(check("The Permanent Mission of Norway to the United Nations and the Norwegian Ministry of Foreign Affairs cohosted.", { people: [norwayGuest, eide], allowedNames })).toEqual([]);
    // The affiliation alone, outside the co-host's name, is still a hit.
    expect(texts(check("Norway spoke first.", { people: [norwayGuest], allowedNames }))).toEqual(["Norway"]);
  });

  it("never flags the institute's own names, though its staff are speakers", () => {
    expect(check("The International Peace Institute (IPI) and IPI’s staff hosted it.", { people: [taylor, rodLarsen] })).toEqual([]);
    expect(check("IPI said the roundtable was its first.", { people: [taylor] })).toEqual([]);
  });

  it("does not treat a co-host as a named speaker", () => {
    expect(check("Cordaid argued for more funding.", { people: [], allowedNames: [...INSTITUTE_NAMES, "Cordaid"] })).toEqual([]);
    expect(texts(check("Cordaid argued for more funding.", { people: [] }))).toEqual(["Cordaid argued"]);
  });
});

describe("the Chatham House guard: family names that are also common words", () => {
  const people = [rice, may, young];

  it.each<[string, string, ProtectedPerson[]?]>([
    ["lower case is a word", "rice prices rose and young people spoke in may."],
    ["the start of a sentence explains the capital", "Rice prices rose. Young people spoke."],
    ["a list item or a quotation start explains it", "- Young people spoke\n“Rice is life,” a farmer told us."],
    ["a heading is in title case", "## Rice, Water and the Young\n\nText."],
    ["a month mid-sentence is the month", "The council met in May and again in June."],
    ["next to another capital it is part of another name", "A Rice University study and the Young Professionals Network."],
    ["a lower-case title is not an honorific", "So justice may be served."],
    ["an ordinary word before it is not a given name", "We will rice the potatoes.", [willRice]],
  ])("not flagged when %s", (_why, text, who = people) => {
    expect(check(text, { people: who })).toEqual([]);
  });

  it("is not flagged alone in a title-case field", () => {
    const hits = findAttributionHits({
      texts: [
        { field: "title", text: "Feeding Peace: Why Rice Matters" },
        { field: "link:l1", text: "Report: Young Voices for Peace" },
      ],
      people,
      allowedNames: INSTITUTE_NAMES,
    });
    expect(hits).toEqual([]);
  });

  it.each([
    ["capitalized mid-sentence", "We discussed it with Rice afterwards.", "Rice"],
    ["after an honorific", "We thanked Dr. Rice.", "Dr. Rice"],
    ["after a given name", "We thanked Condoleezza Rice.", "Condoleezza Rice"],
    ["after a distinctive given name in lower case", "we thanked condoleezza rice.", "condoleezza rice"],
    ["after an initial", "C. Rice attended.", "C. Rice"],
    ["after a title", "Ambassador Young attended.", "Ambassador Young"],
    ["a month after a given name", "Theresa May attended.", "Theresa May"],
    ["a month after a title", "Prime Minister May attended.", "Prime Minister May"],
  ] as const)("flagged %s", (_why, text, expected) => {
    expect(texts(check(text, { people }))).toEqual([expected]);
  });

  it("catches a common-word name that is quoted, wherever it stands", () => {
    expect(texts(check("Young said the region needs investment.", { people }))).toEqual(["Young said"]);
    expect(texts(check("May argued otherwise.", { people }))).toEqual(["May argued"]);
  });

  it("applies the same rule to words the caller names", () => {
    const kiai = protectedPerson("kiai", "speaker");
    expect(texts(check("Kiai opened.", { people: [kiai] }))).toEqual(["Kiai"]);
    expect(check("Kiai opened.", { people: [kiai], commonWords: ["Kiai"] })).toEqual([]);
  });
});

describe("the Chatham House guard: fields and merging", () => {
  it("checks every field and tells which one holds each hit", () => {
    const hits = findAttributionHits({
      texts: [
        { field: "title", text: "Lupel on small states" },
        { field: "body", text: "Participants agreed." },
        { field: "caption:p1", text: "From left: Lauri Mälksoo and Adam Lupel" },
        { field: "link:l1", text: "Watch Ms. Søreide’s remarks" },
      ],
      people: PEOPLE,
      allowedNames: INSTITUTE_NAMES,
    });
    expect(hits.map((h) => [h.field, h.text])).toEqual([
      ["title", "Lupel"],
      ["caption:p1", "Lauri Mälksoo"],
      ["caption:p1", "Adam Lupel"],
      ["link:l1", "Ms. Søreide’s"],
    ]);
  });

  it("merges overlapping hits of a name and an affiliation into one", () => {
    const person: ProtectedPerson = { givenName: "Ana", familyName: "Stimson", affiliation: "Stimson Center", part: "guest" };
    const hits = check("The Stimson Center", { people: [person] });
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ text: "Stimson Center", kind: "name" });
    expect(hits[0].reason).toContain("Names Ana Stimson, a guest at this event");
    expect(hits[0].reason).toContain("Names Stimson Center, the affiliation of Ana Stimson");
  });

  it("keeps neighbouring hits apart", () => {
    expect(texts(check("Søreide, Lupel"))).toEqual(["Søreide", "Lupel"]);
  });
});

describe("the Chatham House guard on the seed's roundtable recap", () => {
  const guard = (text: string) => findAttributionHits({ texts: [{ field: "body", text }], people: ROUNDTABLE_PEOPLE, allowedNames: [...INSTITUTE_NAMES, "Government of Canada"] });

  it("finds nothing in the recap as the institute published it", () => {
    expect(guard(ROUNDTABLE_RECAP)).toEqual([]);
  });

  it("catches a name, an affiliation or a quotation slipped into it", () => {
    const slipped = ROUNDTABLE_RECAP.replace("One reason, agreed participants,", "One reason, said Teresa Whitfield,").replace(
      "The experts lamented",
      "Experts from the Afghan Women’s Network lamented",
    );
    const hits = guard(slipped);
    expect(texts(hits)).toEqual(["said Teresa Whitfield", "Afghan Women’s Network"]);
    expect(hits[0].reason).toContain("Names Teresa Whitfield, a guest at this event");
    for (const hit of hits) expect(slipped.slice(hit.start, hit.end)).toBe(hit.text);
  });
});

describe("highlight segments", () => {
  it("cuts a field into plain and highlighted pieces that put the text back together", () => {
    const text = "As Taylor said, Norway led.";
    const hits = check(text);
    const segments = highlightSegments(text, hits);
    expect(segments.map((s) => s.text).join("")).toBe(text);
    expect(segments.map((s) => [s.text, s.hit?.kind ?? null])).toEqual([
      ["As ", null],
      ["Taylor said", "name"],
      [", ", null],
      ["Norway", "affiliation"],
      [" led.", null],
    ]);
  });

  it("returns the whole text when nothing was found", () => {
    expect(highlightSegments("Participants agreed.", [])).toEqual([{ text: "Participants agreed." }]);
    expect(highlightSegments("", [])).toEqual([{ text: "" }]);
  });
});
