import type { Attribution } from "@/lib/events/attribution";
import type { EventFormat } from "@/lib/events/format";
import { groupByProtocolOrder, speakerRoleLabel, type SpeakerRole } from "@/lib/events/protocol-order";
import { displayName, personName, type NamedPerson } from "@/lib/people/display-name";
import { resolveRecapPhrasing, type Institute } from "@/lib/settings/institute";

// "Draft from the event": a first recap in the house style, written from the
// event's own data so staff start from the facts, not a blank page. The
// words come from the institute's settings (DEFAULT_RECAP_PHRASING); this
// file only decides what goes where. The speaker block puts one person per
// line, which the recap renderer shows as line breaks.

export type DraftEvent = {
  title: string;
  /** "The thirteenth annual Trygve Lie Symposium": when it reads as a noun phrase, it names the event in the first sentence. */
  subtitle?: string | null;
  startsAt: Date;
  timeZone: string;
  attribution: Attribution;
  format: EventFormat;
};

export type DraftSpeaker = NamedPerson & {
  role: SpeakerRole;
  position: number;
  /** Tells one person in two roles from two people of the same name. */
  personId?: string;
};

export type RecapDraftInput = {
  event: DraftEvent;
  institute: Institute;
  /** Co-hosting organizations' names, in the order the recap names them. */
  cohosts: readonly string[];
  speakers: readonly DraftSpeaker[];
};

/** Markdown's own characters in names and titles are written literally. */
const escapeMarkdown = (s: string) => s.replace(/[\\`*_[\]<>#|]/g, "\\$&");

const FORMAT_NOUNS: Record<EventFormat, string> = {
  policy_forum: "a policy forum",
  roundtable: "a roundtable",
  dinner: "a dinner",
  workshop: "a workshop",
  seminar: "a seminar",
  symposium: "a symposium",
  launch: "a launch",
  reception: "a reception",
  briefing: "a briefing",
  other: "an event",
};

/** "26 September", in the event's own time zone. */
export function draftDate(startsAt: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone }).format(startsAt);
}

// The word a title uses when it already names the format: "Baltic Sea
// Security Roundtable", "Ministerial dinner on peace operations".
const FORMAT_WORDS: Record<EventFormat, RegExp | null> = {
  policy_forum: /\b(?:policy )?forum\b/i,
  roundtable: /\bround[- ]?table\b/i,
  dinner: /\bdinner\b/i,
  workshop: /\bworkshop\b/i,
  seminar: /\bseminar\b/i,
  symposium: /\bsymposi(?:um|a)\b/i,
  launch: /\blaunch\b/i,
  reception: /\breception\b/i,
  briefing: /\bbriefing\b/i,
  other: null,
};

/** A title in sentence case ("Ministerial dinner on peace operations") reads with its first word in lower case after "the". */
function inSentence(title: string): string {
  const [first, ...rest] = title.split(" ");
  const sentenceCase = rest.every((w) => !/^\p{Lu}/u.test(w)) && first !== first.toUpperCase();
  return sentenceCase ? first.charAt(0).toLowerCase() + title.slice(1) : title;
}

/**
 * A title that already says what kind of event it was is the event's name,
 * and the sentence uses it as one: "IPI hosted the Baltic Sea Security
 * Roundtable", "a roundtable on Baltic Sea Security" (for "Roundtable on
 * Baltic Sea Security"), never "a roundtable on “… Roundtable”". Null when
 * the title does not name the format.
 */
export function namedEvent(title: string, format: EventFormat): string | null {
  const clean = title.replace(/\s+/g, " ").trim();
  const word = FORMAT_WORDS[format];
  const match = word ? word.exec(clean) : null;
  if (!match) return null;
  const withoutArticle = clean.replace(/^the\s+/i, "");
  if (match.index === 0 && /^\s+(?:on|of|for|with|about)\s/i.test(clean.slice(match[0].length))) {
    // "Launch of the SIPRI Yearbook" -> "the launch of …"; "Roundtable on X" -> "a roundtable on X".
    const article = format === "launch" ? "the" : FORMAT_NOUNS[format].split(" ")[0];
    return `${article} ${match[0].toLowerCase()}${clean.slice(match[0].length)}`;
  }
  return `the ${inSentence(withoutArticle)}`;
}

/**
 * How the first sentence names the event: its subtitle when that reads as a
 * noun phrase ("The thirteenth annual Trygve Lie Symposium" -> "the
 * thirteenth annual … on “Title”"), its title when that already names the
 * format ("the Baltic Sea Security Roundtable"), otherwise its format and
 * title ("a roundtable on “Title”").
 */
function eventPhrase(event: DraftEvent, useSubtitle: boolean): string {
  const subtitle = (event.subtitle ?? "").replace(/\s+/g, " ").trim();
  const title = `“${escapeMarkdown(event.title.replace(/\s+/g, " ").trim())}”`;
  if (useSubtitle && /^(the|a|an) \S/i.test(subtitle) && !/[.:;!?]$/.test(subtitle)) {
    return `${escapeMarkdown(subtitle.charAt(0).toLowerCase() + subtitle.slice(1))} on ${title}`;
  }
  const named = namedEvent(event.title, event.format);
  if (named) return escapeMarkdown(named);
  return `${FORMAT_NOUNS[event.format]} on ${title}`;
}

// Organizations that read with "the": ministries, governments, missions,
// institutes, centers ("the Stimson Center"), but not "Cordaid", "Catalyst
// for Peace", "Security Council Report" or a country.
const TAKES_ARTICLE = /\b(?:Ministry|Department|Government|Mission|Embassy|Delegation|Office|Secretariat|Institute|Center|Centre|Foundation|Foundations|Programme|Commission|Agency|Academy|Kingdom|Republic|Federation)\b|\bof\b|^University\b/;

/** "Norwegian Ministry of Foreign Affairs" -> "the Norwegian Ministry of Foreign Affairs". */
export function cohostReference(name: string): string {
  const clean = name.replace(/\s+/g, " ").trim();
  if (/^the\s/i.test(clean)) return `the ${clean.slice(4)}`;
  return TAKES_ARTICLE.test(clean) ? `the ${clean}` : clean;
}

/** "A", "A and B", "A, B, and C": the serial comma, as the institute's recaps write it. */
export function joinWithSerialComma(items: readonly string[]): string {
  if (items.length <= 2) return items.join(" and ");
  return `${items.slice(0, -1).join(", ")}, and ${items[items.length - 1]}`;
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

/** American punctuation: a full stop after a closing quotation mark moves inside it, unless the title already ends a sentence. */
function punctuateQuotation(sentence: string): string {
  return sentence.replace(/([.?!])”\./g, "$1”").replace(/”\./g, ".”");
}

function introSentence(input: RecapDraftInput, useSubtitle: boolean): string {
  const { event, institute, cohosts } = input;
  const phrasing = resolveRecapPhrasing(institute);
  const values = {
    date: draftDate(event.startsAt, event.timeZone),
    name: institute.name,
    shortName: institute.shortName,
    cohosts: joinWithSerialComma(cohosts.map(cohostReference).map(escapeMarkdown)),
    event: eventPhrase(event, useSubtitle),
  };
  return punctuateQuotation(fill(cohosts.length ? phrasing.cohosted : phrasing.hosted, values));
}

/**
 * The speakers by role in protocol order, one person a line. Someone who is
 * the only person in two roles is listed once under both labels, as the
 * institute does: "Opening remarks and moderator:".
 */
export function speakerBlock(speakers: readonly DraftSpeaker[]): string {
  const key = (s: DraftSpeaker) => s.personId ?? personName(s);
  const groups = groupByProtocolOrder(speakers).map((g) => ({ ...g, roles: [g.role], members: g.speakers.map(key).join("\n") }));
  const merged: typeof groups = [];
  for (const group of groups) {
    const same = merged.find((m) => m.members === group.members && group.speakers.length === 1);
    if (same) same.roles.push(group.role);
    else merged.push(group);
  }
  return merged
    .map((g) => {
      const label = g.roles.map((role, i) => (i === 0 ? speakerRoleLabel(role, g.speakers.length) : speakerRoleLabel(role, g.speakers.length).toLowerCase()));
      const lines = g.speakers.map((s) => escapeMarkdown(displayName(s)));
      return [`**${joinWithSerialComma(label)}:**`, ...lines].join("\n");
    })
    .join("\n\n");
}

/** The first draft of a recap, in Markdown. */
export function draftRecap(input: RecapDraftInput): string {
  const phrasing = resolveRecapPhrasing(input.institute);
  const institute = { name: input.institute.name, shortName: input.institute.shortName };
  const paragraphs: string[] = [];
  switch (input.event.attribution) {
    case "on_record":
      paragraphs.push(introSentence(input, true), phrasing.discussionPlaceholder);
      if (input.speakers.length) paragraphs.push(speakerBlock(input.speakers));
      break;
    case "chatham_house":
      // Name no speaker, participant or affiliation: the co-hosts and the institute are public.
      paragraphs.push(`${introSentence(input, false)} ${phrasing.chathamHouseNote}`, phrasing.chathamHousePlaceholder);
      break;
    case "off_record":
      paragraphs.push(`**${phrasing.offRecordHeading}**`, fill(phrasing.offRecordNote, institute), introSentence(input, true), phrasing.offRecordPlaceholder);
      if (input.speakers.length) paragraphs.push(speakerBlock(input.speakers));
      break;
    default:
      return input.event.attribution satisfies never;
  }
  return `${paragraphs.join("\n\n")}\n`;
}
