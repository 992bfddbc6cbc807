import { describe, expect, it } from "vitest";
import { events, people } from "@/db/seed/seed-data";
import { DEFAULT_INSTITUTE, type Institute } from "@/lib/settings/institute";
import { findAttributionHits } from "./guard/attribution-guard";
import { cohostReference, draftRecap, joinWithSerialComma, type DraftEvent, type DraftSpeaker } from "./draft";
import { renderRecapMarkdown } from "./markdown";
import { INSTITUTE_NAMES, ROUNDTABLE_PEOPLE } from "./test-fixtures";

type SeedEvent = (typeof events)[number];
type PersonKey = keyof typeof people;

function seedEvent(title: string): SeedEvent {
  const event = events.find((e) => e.title === title);
  if (!event) throw new Error(`No seed event "${title}"`);
  return event;
}

/** The seed's speakers by role, in the order the programme lists them. */
function speakersOf(event: SeedEvent): DraftSpeaker[] {
  return Object.entries(event.speakers ?? {}).flatMap(([role, keys]) =>
    (keys as PersonKey[]).map((key, position) => ({ ...people[key], personId: key, role: role as DraftSpeaker["role"], position })),
  );
}

const at = (iso: string) => new Date(iso);

const symposium = seedEvent("Human Rights and the 2030 Agenda");
const roundtable = seedEvent("Women, Peace and Security and the Protection of Civilians");

const symposiumEvent: DraftEvent = {
  title: symposium.title,
  subtitle: symposium.subtitle,
  startsAt: at("2019-09-26T17:15:00Z"),
  timeZone: "America/New_York",
  attribution: "on_record",
  format: "symposium",
};

describe("house-style draft, on the record: the Trygve Lie Symposium", () => {
  const draft = draftRecap({ event: symposiumEvent, institute: DEFAULT_INSTITUTE, cohosts: ["Norwegian Ministry of Foreign Affairs"], speakers: speakersOf(symposium) });

  it("writes the whole draft the way the institute's recaps read", () => {
    expect(draft).toBe(
      [
        "On 26 September, IPI, together with the Norwegian Ministry of Foreign Affairs, cohosted the thirteenth annual Trygve Lie Symposium on “Human Rights and the 2030 Agenda.”",
        "",
        "[Summarize the discussion: the main points made, the questions raised, and what comes next.]",
        "",
        "**Welcoming remarks:**",
        "The Honorable Kevin Rudd, Former Prime Minister of Australia and Chair of the Board of Directors, International Peace Institute",
        "",
        "**Opening remarks and moderator:**",
        "H.E. Ms. Ine Eriksen Søreide, Minister of Foreign Affairs, Norway",
        "",
        "**Speakers:**",
        "H.E. Ms. Shirley Ayorkor Botchway, Minister of Foreign Affairs, Ghana",
        "H.E. Ms. Michelle Bachelet, High Commissioner for Human Rights, United Nations",
        "H.E. Dr. Kevin Casas-Zamora, Secretary-General, International IDEA",
        "Mr. Achim Steiner, Administrator, United Nations Development Programme",
        "Mr. Maina Kiai, Former Special Rapporteur on the Rights to Freedom of Peaceful Assembly and of Association, United Nations",
        "",
      ].join("\n"),
    );
  });

  it("renders each speaker on a line of their own under a bold label", () => {
    expect(renderRecapMarkdown(draft)).toContain(
      "<p><strong>Speakers:</strong><br />\nH.E. Ms. Shirley Ayorkor Botchway, Minister of Foreign Affairs, Ghana<br />\nH.E. Ms. Michelle Bachelet",
    );
  });
});

describe("house-style draft: the first sentence", () => {
  const base = { institute: DEFAULT_INSTITUTE, speakers: [] };
  const forum: DraftEvent = { ...symposiumEvent, title: "The Importance of Multilateralism and Women’s Rights", subtitle: null, format: "policy_forum" };
  const first = (text: string) => text.split("\n\n")[0];

  it("says the institute hosted when there is no co-host", () => {
    expect(first(draftRecap({ ...base, event: forum, cohosts: [] }))).toBe(
      "On 26 September, IPI hosted a policy forum on “The Importance of Multilateralism and Women’s Rights.”",
    );
  });

  it("names two co-hosts with “and”, three with a serial comma, each with “the” where it reads so", () => {
    expect(first(draftRecap({ ...base, event: forum, cohosts: ["Government of Sierra Leone", "Catalyst for Peace"] }))).toBe(
      "On 26 September, IPI, together with the Government of Sierra Leone and Catalyst for Peace, cohosted a policy forum on “The Importance of Multilateralism and Women’s Rights.”",
    );
    expect(first(draftRecap({ ...base, event: forum, cohosts: ["United States Institute of Peace", "Swiss Federal Department of Foreign Affairs", "Cordaid"] }))).toBe(
      "On 26 September, IPI, together with the United States Institute of Peace, the Swiss Federal Department of Foreign Affairs, and Cordaid, cohosted a policy forum on “The Importance of Multilateralism and Women’s Rights.”",
    );
  });

  it("does not add a full stop to a title that ends in a question mark", () => {
    const event = { ...forum, title: "People Power and Preventing Violent Extremism: What is Working?" };
    expect(first(draftRecap({ ...base, event, cohosts: [] }))).toBe(
      "On 26 September, IPI hosted a policy forum on “People Power and Preventing Violent Extremism: What is Working?”",
    );
  });

  it("uses a title that already names the format as the event's name, without repeating the format", () => {
    const roundtableEvent: DraftEvent = { ...forum, format: "roundtable", title: "Baltic Sea Security Roundtable" };
    expect(first(draftRecap({ ...base, event: roundtableEvent, cohosts: [] }))).toBe("On 26 September, IPI hosted the Baltic Sea Security Roundtable.");
    expect(first(draftRecap({ ...base, event: roundtableEvent, cohosts: ["Government of Finland"] }))).toBe(
      "On 26 September, IPI, together with the Government of Finland, cohosted the Baltic Sea Security Roundtable.",
    );
    expect(first(draftRecap({ ...base, event: { ...roundtableEvent, title: "The Baltic Sea Security Round-table" }, cohosts: [] }))).toBe(
      "On 26 September, IPI hosted the Baltic Sea Security Round-table.",
    );
  });

  it("reads a title that opens with the format word as a phrase: “a roundtable on …”, “the launch of …”", () => {
    const on: DraftEvent = { ...forum, format: "roundtable", title: "Roundtable on Baltic Sea Security" };
    expect(first(draftRecap({ ...base, event: on, cohosts: [] }))).toBe("On 26 September, IPI hosted a roundtable on Baltic Sea Security.");
    const launch: DraftEvent = { ...forum, format: "launch", title: "Launch of the SIPRI Yearbook" };
    expect(first(draftRecap({ ...base, event: launch, cohosts: [] }))).toBe("On 26 September, IPI hosted the launch of the SIPRI Yearbook.");
    const forumNamed: DraftEvent = { ...forum, title: "Annual Policy Forum on Peace Operations" };
    expect(first(draftRecap({ ...base, event: forumNamed, cohosts: [] }))).toBe("On 26 September, IPI hosted the Annual Policy Forum on Peace Operations.");
  });

  it("keeps “a roundtable on” when the title does not say roundtable", () => {
    const event: DraftEvent = { ...forum, format: "roundtable", title: "Baltic Sea Security" };
    expect(first(draftRecap({ ...base, event, cohosts: [] }))).toBe("On 26 September, IPI hosted a roundtable on “Baltic Sea Security.”");
  });

  it("dates the event in its own time zone", () => {
    const late = { ...forum, startsAt: at("2019-09-27T02:00:00Z") };
    expect(first(draftRecap({ ...base, event: late, cohosts: [] }))).toMatch(/^On 26 September,/);
    expect(first(draftRecap({ ...base, event: { ...late, timeZone: "Europe/Vienna" }, cohosts: [] }))).toMatch(/^On 27 September,/);
  });

  it("uses a subtitle only when it reads as a noun phrase", () => {
    const launch: DraftEvent = { ...forum, format: "launch", subtitle: "Launch of the IPI policy paper by Adam Lupel and Lauri Mälksoo", title: "A Necessary Voice" };
    expect(first(draftRecap({ ...base, event: launch, cohosts: [] }))).toBe("On 26 September, IPI hosted a launch on “A Necessary Voice.”");
    const roundtableEvent: DraftEvent = { ...forum, format: "roundtable", subtitle: "An IPI–Canada roundtable", title: "Women, Peace and Security" };
    expect(first(draftRecap({ ...base, event: roundtableEvent, cohosts: [] }))).toBe("On 26 September, IPI hosted an IPI–Canada roundtable on “Women, Peace and Security.”");
  });

  it("takes its words from the institute's settings, not from code", () => {
    const institute: Institute = {
      ...DEFAULT_INSTITUTE,
      name: "Geneva Policy Centre",
      shortName: "GPC",
      recapPhrasing: { cohosted: "On {date}, the {name} and {cohosts} convened {event}." },
    };
    const text = draftRecap({ ...base, institute, event: forum, cohosts: ["Cordaid"] });
    expect(first(text)).toBe("On 26 September, the Geneva Policy Centre and Cordaid convened a policy forum on “The Importance of Multilateralism and Women’s Rights.”");
    expect(first(draftRecap({ ...base, institute, event: forum, cohosts: [] }))).toBe(
      "On 26 September, GPC hosted a policy forum on “The Importance of Multilateralism and Women’s Rights.”",
    );
    expect(text).not.toContain("IPI");
  });

  it("writes Markdown's own characters in titles and names literally", () => {
    const event = { ...forum, title: "Peace *and* [Security]" };
    const speakers: DraftSpeaker[] = [{ givenName: "Ada", familyName: "Under_score", role: "speaker", position: 0 }];
    const text = draftRecap({ ...base, event, cohosts: [], speakers });
    expect(renderRecapMarkdown(text)).toContain("“Peace *and* [Security].”");
    expect(renderRecapMarkdown(text)).toContain("Ada Under_score");
  });
});

describe("house-style draft: the speaker block", () => {
  const event = { ...symposiumEvent, subtitle: null };
  const person = (givenName: string, familyName: string, role: DraftSpeaker["role"], position = 0, personId?: string): DraftSpeaker => ({
    givenName,
    familyName,
    role,
    position,
    personId,
  });

  it("keeps two people in the same role together, and two roles of two people apart", () => {
    const text = draftRecap({
      event,
      institute: DEFAULT_INSTITUTE,
      cohosts: [],
      speakers: [person("Jake", "Sherman", "moderator", 0, "sherman"), person("Sarah", "Taylor", "speaker", 1, "taylor"), person("Adam", "Lupel", "speaker", 0, "lupel"), person("Adam", "Lupel", "closing_remarks", 0, "lupel")],
    });
    expect(text.split("\n\n").slice(2).join("\n\n")).toBe(
      "**Speakers:**\nAdam Lupel\nSarah Taylor\n\n**Moderator:**\nJake Sherman\n\n**Closing remarks:**\nAdam Lupel\n",
    );
  });

  it("lists no speaker block when there are no speakers", () => {
    expect(draftRecap({ event, institute: DEFAULT_INSTITUTE, cohosts: [], speakers: [] }).split("\n\n")).toHaveLength(2);
  });
});

describe("house-style draft, Chatham House: the WPS/POC roundtable", () => {
  const event: DraftEvent = {
    title: roundtable.title,
    subtitle: roundtable.subtitle,
    startsAt: at("2019-11-01T14:00:00Z"),
    timeZone: "America/New_York",
    attribution: "chatham_house",
    format: "roundtable",
  };
  const speakers = speakersOf(roundtable);
  const draft = draftRecap({ event, institute: DEFAULT_INSTITUTE, cohosts: ["Government of Canada"], speakers });

  it("names the co-host, says the rule, and names no speaker", () => {
    expect(draft).toBe(
      [
        "On 1 November, IPI, together with the Government of Canada, cohosted a roundtable on “Women, Peace and Security and the Protection of Civilians.” The discussion was held under the Chatham House rule of non-attribution.",
        "",
        "[Summarize what was said without naming or describing any speaker or participant, or their organization or country: write “participants noted” or “one speaker argued”.]",
        "",
      ].join("\n"),
    );
    for (const s of speakers) {
      expect(draft).not.toContain(s.familyName);
      expect(draft).not.toContain(s.positionTitle ?? "—");
    }
    expect(draft).not.toMatch(/Discussants?:|Speakers?:|Moderator:/);
  });

  it("passes the Chatham House guard with the event's speakers and guests", () => {
    const hits = findAttributionHits({
      texts: [{ field: "body", text: draft }],
      people: ROUNDTABLE_PEOPLE,
      allowedNames: [...INSTITUTE_NAMES, "Government of Canada"],
    });
    expect(hits).toEqual([]);
  });

  it("would not pass the guard had it listed the speakers, as the on-record draft does", () => {
    const onRecord = draftRecap({ event: { ...event, attribution: "on_record" }, institute: DEFAULT_INSTITUTE, cohosts: ["Government of Canada"], speakers });
    const hits = findAttributionHits({ texts: [{ field: "body", text: onRecord }], people: ROUNDTABLE_PEOPLE, allowedNames: [...INSTITUTE_NAMES, "Government of Canada"] });
    expect(hits.map((h) => h.text)).toEqual(["Dr. Sarah Taylor", "Mr. Jake Sherman"]);
  });
});

describe("house-style draft, off the record", () => {
  it("is an internal summary marked as not for publication", () => {
    const event: DraftEvent = { ...symposiumEvent, title: "Ministerial dinner on peace operations", subtitle: null, attribution: "off_record", format: "dinner" };
    const draft = draftRecap({ event, institute: DEFAULT_INSTITUTE, cohosts: ["Government of Finland"], speakers: [{ ...people.lupel, role: "welcoming_remarks", position: 0 }] });
    const paragraphs = draft.split("\n\n");
    expect(paragraphs[0]).toBe("**Internal summary: not for publication**");
    expect(paragraphs[1]).toBe("This event was held off the record. Nothing said may be reported, quoted or attributed outside IPI.");
    expect(paragraphs[2]).toBe("On 26 September, IPI, together with the Government of Finland, cohosted the ministerial dinner on peace operations.");
    expect(paragraphs[3]).toBe("[Key points, decisions and follow-up, for internal use.]");
    expect(paragraphs[4]).toBe("**Welcoming remarks:**\nDr. Adam Lupel, Vice President, International Peace Institute\n");
  });
});

describe("draft helpers", () => {
  it.each([
    ["Norwegian Ministry of Foreign Affairs", "the Norwegian Ministry of Foreign Affairs"],
    ["Government of Canada", "the Government of Canada"],
    ["Stimson Center", "the Stimson Center"],
    ["The Group of Women Leaders for Change and Inclusion", "the Group of Women Leaders for Change and Inclusion"],
    ["Catalyst for Peace", "Catalyst for Peace"],
    ["Security Council Report", "Security Council Report"],
    ["Cordaid", "Cordaid"],
    ["International IDEA", "International IDEA"],
    ["Columbia University", "Columbia University"],
    ["University of Tartu", "the University of Tartu"],
  ])("refers to %s as %s", (name, expected) => {
    expect(cohostReference(name)).toBe(expected);
  });

  it("joins with a serial comma", () => {
    expect(joinWithSerialComma([])).toBe("");
    expect(joinWithSerialComma(["A"])).toBe("A");
    expect(joinWithSerialComma(["A", "B"])).toBe("A and B");
    expect(joinWithSerialComma(["A", "B", "C"])).toBe("A, B, and C");
  });
});
