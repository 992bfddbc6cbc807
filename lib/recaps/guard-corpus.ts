import type { AttributionHitKind, ProtectedPerson } from "./guard/types";

// A corpus for the Chatham House guard's second round, written the way
// editors actually slip: descriptions that fit one participant, given names,
// affiliations in short, near-miss spellings — and ordinary prose the guard
// must leave alone, including roles several participants share. Scored by
// guard-corpus.test.ts (recall and false-alarm rate). The people are a
// fictional Geneva roundtable, with titles and affiliations as the directory
// holds them; the countries are added from the data package by the test.

export const CORPUS_PEOPLE: ProtectedPerson[] = [
  { honorific: "H.E. Ms.", givenName: "Anna", familyName: "Lindqvist", positionTitle: "Minister for Defence", affiliation: "Government of Sweden", part: "speaker" },
  {
    honorific: "H.E. Mr.",
    givenName: "Tomás",
    familyName: "Herrera",
    positionTitle: "Ambassador and Permanent Representative to the United Nations Office at Geneva",
    affiliation: "Permanent Mission of Chile",
    part: "speaker",
  },
  { honorific: "Ms.", givenName: "Guðrún", familyName: "Jónsdóttir", positionTitle: "State Secretary", affiliation: "Ministry for Foreign Affairs of Iceland", part: "guest" },
  { honorific: "Dr.", givenName: "Kwabena", familyName: "Mensah-Bonsu", positionTitle: "Senior Fellow", affiliation: "Geneva Centre for Security Policy", part: "speaker" },
  { honorific: "Ms.", givenName: "Maria Elena", familyName: "Ruiz", positionTitle: "Director", affiliation: "Pacific Islands Women's Forum", part: "guest" },
  { honorific: "Mr.", givenName: "Eirik", familyName: "Hattrem", positionTitle: "Senior Adviser", affiliation: "Norwegian Institute of International Affairs", part: "guest" },
  { honorific: "Dr.", givenName: "Ji-won", familyName: "Park", positionTitle: "Professor of Political Science", affiliation: "Seoul National University", part: "speaker" },
  { honorific: "Mr.", givenName: "David", familyName: "Ross-Whitfield", positionTitle: "Ambassador to the African Union", affiliation: "United Kingdom", part: "guest" },
  { honorific: "H.E. Mr.", givenName: "Jean-Baptiste", familyName: "Moreau", positionTitle: "Ambassador to Kenya", affiliation: "France", part: "guest" },
  { honorific: "Prof.", givenName: "Liisa", familyName: "Tamm", positionTitle: "Professor of International Law", affiliation: "University of Tartu, Estonia", part: "guest" },
  { honorific: "Dr.", givenName: "Samuel", familyName: "Adeyemi", positionTitle: "Director of Research", affiliation: "Nigerian Institute of International Affairs", part: "guest" },
  { honorific: "Ms.", givenName: "Hope", familyName: "Mwangi", positionTitle: "Field Coordinator", affiliation: "Kenya Red Cross Society", part: "guest" },
  { honorific: "Mr.", givenName: "Will", familyName: "Barker", positionTitle: "Programme Officer", affiliation: null, part: "guest" },
  { honorific: "Ms.", givenName: "Grace", familyName: "Okafor", positionTitle: "Policy Analyst", affiliation: null, part: "guest" },
];

export const CORPUS_ALLOWED_NAMES = ["International Peace Institute", "IPI", "Geneva Peace Platform"];

export type CorpusCategory =
  | "identifying description"
  | "the only one in a role"
  | "given name"
  | "affiliation in short"
  | "near-miss spelling"
  | "another name, not the participant"
  | "named non-participant"
  | "ordinary prose";

export type CorpusSentence = {
  text: string;
  category: CorpusCategory;
  /** Whether a careful reader would say the sentence identifies someone (or, for non-participants, needs checking). */
  flag: boolean;
  /** The kind the finding should have, when flagged. */
  kind?: AttributionHitKind;
};

const yes = (category: CorpusCategory, kind: AttributionHitKind, text: string): CorpusSentence => ({ text, category, flag: true, kind });
const no = (category: CorpusCategory, text: string): CorpusSentence => ({ text, category, flag: false });

export const GUARD_CORPUS: CorpusSentence[] = [
  // 1. Descriptions that identify one person: a country and a role only one participant holds.
  yes("identifying description", "identifying description", "The Swedish defence minister warned that deterrence was eroding."),
  yes("identifying description", "identifying description", "Chile’s ambassador in Geneva argued for a stronger mandate."),
  yes("identifying description", "identifying description", "The Icelandic state secretary described the state of the Arctic talks."),
  yes("identifying description", "identifying description", "An Estonian professor of international law pointed to the precedent of 1991."),
  yes("identifying description", "identifying description", "Sweden's minister noted that the budget had doubled since 2022."),
  yes("identifying description", "identifying description", "The British ambassador urged patience with the African Union."),
  yes("identifying description", "identifying description", "A Nigerian director of research questioned the figures."),
  yes("identifying description", "identifying description", "The French ambassador to Kenya described the view from Nairobi."),
  yes("identifying description", "identifying description", "As the Chilean permanent representative put it, consensus is a method."),
  yes("identifying description", "identifying description", "The Kenyan field coordinator spoke of drought and displacement."),
  no("identifying description", "One ambassador said that sanctions rarely change behaviour."),
  no("identifying description", "An ambassador noted the risk of escalation."),
  no("identifying description", "The Norwegian defence minister was quoted in the press last week."),
  no("identifying description", "A director suggested that funding follow the strategy."),
  no("identifying description", "The ambassadors agreed on the text after a long night."),
  no("identifying description", "The President of the Security Council summarized the debate in July."),
  no("identifying description", "A representative of civil society asked who would pay."),
  no("identifying description", "Swedish exports of defence equipment rose sharply in 2023."),
  no("identifying description", "The Chilean economy grew faster than expected."),
  no("identifying description", "A professor argued that the law lags behind practice."),
  no("identifying description", "The Swedish government announced new funding for mediation."),
  no("identifying description", "European ministers have debated the same question for years."),

  // 2. A definite role that, on this list, can only mean one person.
  yes("the only one in a role", "identifying description", "The state secretary said the talks would resume in spring."),
  yes("the only one in a role", "identifying description", "The minister said procurement was too slow."),
  yes("the only one in a role", "identifying description", "The senior fellow presented new data on arms flows."),
  yes("the only one in a role", "identifying description", "The coordinator described the field work in Turkana."),
  yes("the only one in a role", "identifying description", "The minister for defence was blunt about the costs."),
  yes("the only one in a role", "identifying description", "The ambassador to the African Union took a different view."),
  yes("the only one in a role", "identifying description", "The policy analyst had mapped every donor in the region."),
  no("the only one in a role", "The professor argued that regional courts matter more than global ones."),
  no("the only one in a role", "The ambassador said that the mandate was too broad."),
  no("the only one in a role", "One of the directors disagreed with the premise."),
  no("the only one in a role", "A fellow participant disagreed with the premise."),
  no("the only one in a role", "The general debate in New York moved slowly."),
  no("the only one in a role", "Ministers from several regions stressed the need for coordination."),

  // 3. Given names.
  yes("given name", "given name", "Maria Elena pressed for local ownership of the process."),
  yes("given name", "given name", "Kwabena’s paper set out three scenarios for the Sahel."),
  yes("given name", "given name", "As Guðrún observed, the ice is melting faster than the diplomacy."),
  yes("given name", "given name", "Liisa drew on Estonian case law to make the point."),
  yes("given name", "given name", "The mood shifted when Hope spoke about the drought."),
  yes("given name", "given name", "David's point on the African Union was well taken."),
  yes("given name", "given name", "The room listened closely to Jean-Baptiste on Kenya."),
  no("given name", "We hope the process continues into next year."),
  no("given name", "Hope remains that the talks will resume."),
  no("given name", "Grace periods for debt relief were discussed at length."),
  no("given name", "Will the council act in time?"),
  no("given name", "Samuel Huntington's thesis came up more than once."),
  no("given name", "## Hope and Fear in the Sahel\n\nParticipants compared the two."),
  no("given name", "Speakers will mark the anniversary in October."),

  // 4. Affiliations in short: initials, the distinctive core, country and kind.
  yes("affiliation in short", "affiliation acronym", "A GCSP study was cited twice."),
  yes("affiliation in short", "affiliation acronym", "The NIIA's annual review was circulated before the meeting."),
  yes("affiliation in short", "affiliation", "The Women’s Forum has pushed for this for years."),
  yes("affiliation in short", "affiliation", "Research from the Centre for Security Policy was discussed."),
  yes("affiliation in short", "identifying description", "A Norwegian think tank presented its findings."),
  yes("affiliation in short", "identifying description", "An Estonian university will host the follow-up."),
  yes("affiliation in short", "identifying description", "Colleagues at a Nigerian institute shared their data."),
  no("affiliation in short", "A think tank presented its findings."),
  no("affiliation in short", "Security policy was the theme of the second session."),
  no("affiliation in short", "UN agencies and the GDP figures were discussed."),
  no("affiliation in short", "The Geneva Peace Platform co-hosted the meeting."),
  no("affiliation in short", "Women’s organizations in the Pacific have pushed for this for years."),
  no("affiliation in short", "The Migration Policy Institute and the Centre for Humanitarian Dialogue were cited."),

  // 5. Near-miss spellings of distinctive family names.
  yes("near-miss spelling", "possible misspelling", "Hattrim’s analysis of the data was sharp."),
  yes("near-miss spelling", "possible misspelling", "Lindquist argued for restraint."),
  yes("near-miss spelling", "possible misspelling", "The point made by Herrara stayed with the room."),
  yes("near-miss spelling", "possible misspelling", "We thank Ms. Adeyemy for the figures."),
  no("near-miss spelling", "Astrid Lindgren's stories were quoted in the opening."),
  no("near-miss spelling", "The Mad Hatter’s tea party came up as a metaphor."),
  no("near-miss spelling", "Herring quotas in the North Sea were a side topic."),

  // The other side: names that belong to someone or something else, and the participant's name that stays flagged.
  no("another name, not the participant", "Park Chung-hee's reforms were a case study."),
  yes("another name, not the participant", "name", "Park argued that growth needs institutions."),
  no("another name, not the participant", "The Ross Sea was mentioned as a model for marine protection."),
  yes("another name, not the participant", "name", "Whitfield's view was that the African Union should lead."),
  no("another name, not the participant", "A side event was held near Central Park."),
  no("another name, not the participant", "The Park 51 controversy was an example of polarization."),

  // Remarks by named people who were not there.
  yes("named non-participant", "named non-participant", "António Guterres said in a public statement that the Council must act."),
  yes("named non-participant", "named non-participant", "According to Volker Türk, the figures are the worst on record."),
  no("named non-participant", "According to the Secretary-General’s report, violence fell."),

  // Harder cases, written after the rules: slips and clean prose the rules were not tuned on.
  yes("identifying description", "identifying description", "Asked about Kenya, the French envoy's colleague — the ambassador to Kenya — was candid."),
  yes("identifying description", "identifying description", "A Chilean diplomat, the permanent representative, called for restraint."),
  yes("the only one in a role", "identifying description", "The programme officer had kept the minutes since 2019."),
  yes("given name", "given name", "“We cannot wait,” said Eirik."),
  yes("affiliation in short", "identifying description", "A Swedish government minister, responsible for defence, spoke first."),
  // Caught by its first part, "Mensah", as a name; "Bonsu" is too short for near misses.
  yes("near-miss spelling", "name", "Mensah-Bonsou’s figures were the starting point."),
  no("identifying description", "The Swedish model of total defence was discussed at length."),
  no("identifying description", "Ambassadors from three regions took part."),
  no("the only one in a role", "The senior fellows compared notes."),
  no("given name", "The Grace Commission report was cited."),
  no("affiliation in short", "An African think tank network was proposed."),
  no("near-miss spelling", "Hatred and fear were the themes of the last session."),
  no("ordinary prose", "The Kenyan drought and the Chilean elections were both mentioned."),
  no("ordinary prose", "A minister’s role in crisis is to decide, one participant said."),

  // Ordinary prose.
  no("ordinary prose", "Participants agreed that funding is short."),
  no("ordinary prose", "Several ministers stressed the need for coordination."),
  no("ordinary prose", "The discussion turned to climate and security in the Sahel."),
  no("ordinary prose", "One participant from a European ministry raised procurement."),
  no("ordinary prose", "The roundtable was held under the Chatham House rule."),
  no("ordinary prose", "Speakers highlighted the need for women in peace operations."),
];
