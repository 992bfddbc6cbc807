import { describe, expect, it } from "vitest";
import { DEFAULT_INSTITUTE, DEFAULT_RECAP_PHRASING } from "@/lib/settings/institute";
import { findAttributionHits } from "./guard/attribution-guard";
import {
  contentProblems,
  guardFieldLabel,
  guardRefusal,
  guardScope,
  placeholderFindings,
  placeholdersLeft,
  plusOneAsPerson,
  recapGuardTexts,
  selfPublishChecklist,
} from "./publish-checks";
import { INSTITUTE_NAMES, ROUNDTABLE_PEOPLE } from "./test-fixtures";

const opening = { id: "a", title: "Opening remarks", attribution: "on_record" as const };
const discussion = { id: "b", title: "Discussion", attribution: null };
const closedDoor = { id: "c", title: "Closed-door session", attribution: "chatham_house" as const };
const offRecord = { id: "d", title: "Briefing by the mission", attribution: "off_record" as const };

describe("when the Chatham House guard applies", () => {
  it("applies to a Chatham House event whatever the recap covers", () => {
    const scope = guardScope({ attribution: "chatham_house", agendaItems: [opening, discussion], uncoveredAgendaItemIds: ["b"] });
    expect(scope).toMatchObject({ chathamHouse: true, internalOnly: false, offRecordItems: [] });
    expect(scope.reason).toMatch(/event was held under the Chatham House rule/);
  });

  it("applies to an on-the-record event when the recap covers an item under the rule, and not when it leaves it out", () => {
    const covered = guardScope({ attribution: "on_record", agendaItems: [opening, closedDoor], uncoveredAgendaItemIds: [] });
    expect(covered.chathamHouse).toBe(true);
    expect(covered.reason).toBe("The recap covers “Closed-door session”, held under the Chatham House rule.");
    const leftOut = guardScope({ attribution: "on_record", agendaItems: [opening, closedDoor], uncoveredAgendaItemIds: ["c"] });
    expect(leftOut).toMatchObject({ chathamHouse: false, reason: null });
  });

  it("lets an item inherit the event's rule", () => {
    expect(guardScope({ attribution: "on_record", agendaItems: [discussion], uncoveredAgendaItemIds: [] }).chathamHouse).toBe(false);
  });

  it("makes an off-the-record event internal only, and names covered off-the-record items", () => {
    expect(guardScope({ attribution: "off_record", agendaItems: [], uncoveredAgendaItemIds: [] }).internalOnly).toBe(true);
    const scope = guardScope({ attribution: "on_record", agendaItems: [opening, offRecord], uncoveredAgendaItemIds: [] });
    expect(scope.offRecordItems).toEqual(["Briefing by the mission"]);
    expect(guardScope({ attribution: "on_record", agendaItems: [opening, offRecord], uncoveredAgendaItemIds: ["d"] }).offRecordItems).toEqual([]);
  });
});

describe("the texts the guard reads", () => {
  const recap = {
    title: "Protecting civilians",
    body: "Participants agreed.",
    topics: ["WPS", "Protection"],
    photos: [
      { id: "p1", caption: "From left: Sarah Taylor and Jake Sherman", altText: "Two people at a table" },
      { id: "p2", caption: null, altText: "Teresa Whitfield speaking" },
    ],
    links: [{ id: "l1", title: "Whitfield on mediation" }],
  };

  it("include the title, body, topics, every caption, every alt text and every link title", () => {
    expect(recapGuardTexts(recap).map((t) => t.field)).toEqual(["title", "body", "topics", "caption:p1", "alt:p1", "alt:p2", "link:l1"]);
  });

  it("let the guard find names in captions, alt text and link titles, each in its field", () => {
    const hits = findAttributionHits({ texts: recapGuardTexts(recap), people: ROUNDTABLE_PEOPLE, allowedNames: INSTITUTE_NAMES });
    const fields = hits.map((h) => h.field);
    expect(fields).toEqual(expect.arrayContaining(["caption:p1", "alt:p2", "link:l1"]));
    expect(fields).not.toContain("body");
    const context = { photoIds: ["p1", "p2"], linkIds: ["l1"] };
    expect(guardFieldLabel("alt:p2", context)).toBe("the alt text of photo 2");
    expect(guardFieldLabel("link:l1", context)).toBe("the title of link 1");
    expect(guardFieldLabel("body", context)).toBe("the text");
    const refusal = guardRefusal(hits, context);
    expect(refusal).toMatch(/^Publishing is blocked/);
    expect(refusal).toContain("“Sarah Taylor” in the caption of photo 1");
    expect(refusal).toMatch(/and \d+ more\.$/);
  });
});

describe("what the recap itself must be", () => {
  it("has text, and none of the first draft's bracketed instructions", () => {
    const institute = DEFAULT_INSTITUTE;
    expect(contentProblems({ body: "  ", institute, offRecordItems: [] })).toEqual(["The recap has no text yet."]);
    const draft = `On 1 November, IPI hosted a roundtable.\n\n${DEFAULT_RECAP_PHRASING.chathamHousePlaceholder}`;
    expect(placeholdersLeft(draft, institute)).toEqual([DEFAULT_RECAP_PHRASING.chathamHousePlaceholder]);
    expect(contentProblems({ body: draft, institute, offRecordItems: [] })).toEqual([expect.stringMatching(/bracketed instructions/)]);
    expect(contentProblems({ body: "Participants agreed.", institute, offRecordItems: [] })).toEqual([]);
  });

  it("follows the institute's own placeholder words, not the defaults", () => {
    const institute = { recapPhrasing: { discussionPlaceholder: "[Write here]" } };
    expect(placeholdersLeft("Intro.\n\n[Write here]", institute)).toEqual(["[Write here]"]);
    expect(placeholdersLeft(`Intro.\n\n${DEFAULT_RECAP_PHRASING.discussionPlaceholder}`, institute)).toEqual([]);
  });

  it("finds each placeholder where it sits in the text as typed, for the editor to list and select", () => {
    const intro = "On 1 November, IPI hosted the Baltic Sea Security Roundtable.\n\n";
    const draft = `${intro}${DEFAULT_RECAP_PHRASING.discussionPlaceholder}\n\n**Speakers:**\nAda Lovelace`;
    const findings = placeholderFindings(draft, DEFAULT_INSTITUTE);
    expect(findings).toEqual([{ start: intro.length, end: intro.length + DEFAULT_RECAP_PHRASING.discussionPlaceholder.length, text: DEFAULT_RECAP_PHRASING.discussionPlaceholder }]);
    expect(draft.slice(findings[0].start, findings[0].end)).toBe(DEFAULT_RECAP_PHRASING.discussionPlaceholder);
    // A line break typed inside the placeholder, and the same placeholder twice.
    const wrapped = DEFAULT_RECAP_PHRASING.offRecordPlaceholder.replace("decisions and", "decisions\nand");
    expect(placeholderFindings(`${wrapped}\n\nMore.\n\n${DEFAULT_RECAP_PHRASING.offRecordPlaceholder}`, DEFAULT_INSTITUTE).map((f) => f.text)).toEqual([
      wrapped,
      DEFAULT_RECAP_PHRASING.offRecordPlaceholder,
    ]);
    expect(placeholderFindings("Participants agreed [on two points].", DEFAULT_INSTITUTE)).toEqual([]);
    expect(placeholderFindings("Intro.\n\n[Write here]", { recapPhrasing: { discussionPlaceholder: "[Write here]" } })).toEqual([{ start: 8, end: 20, text: "[Write here]" }]);
  });

  it("says which covered item was off the record", () => {
    expect(contentProblems({ body: "Text.", institute: DEFAULT_INSTITUTE, offRecordItems: ["Briefing"] })).toEqual([expect.stringMatching(/^“Briefing” was held off the record/)]);
  });
});

describe("the self-publishing checklist", () => {
  it("asks about Chatham House, photos and links only when they apply", () => {
    expect(selfPublishChecklist({ chathamHouse: false, photoCount: 0, linkCount: 0 }).map((i) => i.id)).toEqual(["read", "facts"]);
    expect(selfPublishChecklist({ chathamHouse: true, photoCount: 2, linkCount: 1 }).map((i) => i.id)).toEqual(["read", "facts", "chatham", "photos", "links"]);
  });
});

describe("plus-ones as protected guests", () => {
  it("reads honorifics, given names and the family name from free text", () => {
    expect(plusOneAsPerson("Ms. Leanne Erdberg")).toMatchObject({ honorific: "Ms.", givenName: "Leanne", familyName: "Erdberg", part: "guest" });
    expect(plusOneAsPerson("H.E. Dr. Kevin Casas-Zamora")).toMatchObject({ honorific: "H.E. Dr.", givenName: "Kevin", familyName: "Casas-Zamora" });
    expect(plusOneAsPerson("Seraj")).toMatchObject({ givenName: "", familyName: "Seraj" });
    expect(plusOneAsPerson("   ")).toBeNull();
  });

  it("is caught by the guard", () => {
    const person = plusOneAsPerson("Ms. Mahbouba Seraj");
    const hits = findAttributionHits({ texts: [{ field: "body", text: "As Mahbouba Seraj put it, the table matters." }], people: person ? [person] : [], allowedNames: [] });
    expect(hits.map((h) => h.text)).toEqual([expect.stringContaining("Mahbouba Seraj")]);
  });
});
