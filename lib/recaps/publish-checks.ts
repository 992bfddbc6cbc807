import type { Attribution } from "@/lib/events/attribution";
import { resolveRecapPhrasing, type Institute } from "@/lib/settings/institute";
import type { AttributionHit, GuardText } from "./guard/attribution-guard";
import type { ProtectedPerson } from "./guard/types";

// What stands between a recap and the public page, apart from who may
// publish (workflow.ts): the Chatham House guard's scope and texts, the
// things that must be true of the recap itself, and the self-publishing
// checklist. Pure, so the editor shows exactly what the server enforces.

export type ScopeAgendaItem = { id: string; title: string; attribution: Attribution | null };

export type GuardScope = {
  /** The guard applies: the event, or an agenda item the recap covers, is under the Chatham House rule. */
  chathamHouse: boolean;
  /** Why, in words: "The event is held under the Chatham House rule." */
  reason: string | null;
  /** Covered agenda items held off the record: a public recap must leave them out. */
  offRecordItems: string[];
  /** The whole event was off the record: an internal summary only. */
  internalOnly: boolean;
};

export function guardScope(input: { attribution: Attribution; agendaItems: readonly ScopeAgendaItem[]; uncoveredAgendaItemIds: readonly string[] }): GuardScope {
  const uncovered = new Set(input.uncoveredAgendaItemIds);
  const covered = input.agendaItems.filter((i) => !uncovered.has(i.id));
  const own = (i: ScopeAgendaItem) => i.attribution ?? input.attribution;
  const chathamItems = covered.filter((i) => own(i) === "chatham_house");
  const offRecordItems = input.attribution === "off_record" ? [] : covered.filter((i) => own(i) === "off_record").map((i) => i.title);
  const internalOnly = input.attribution === "off_record";
  if (input.attribution === "chatham_house") {
    return { chathamHouse: true, reason: "The event was held under the Chatham House rule.", offRecordItems, internalOnly };
  }
  if (chathamItems.length > 0) {
    const titles = chathamItems.map((i) => `“${i.title}”`).join(", ");
    return { chathamHouse: true, reason: `The recap covers ${titles}, held under the Chatham House rule.`, offRecordItems, internalOnly };
  }
  return { chathamHouse: false, reason: null, offRecordItems, internalOnly };
}

export type GuardPhoto = { id: string; caption: string | null; altText: string };
export type GuardLink = { id: string; title: string };

/**
 * Every text a reader of the public page (or a screen reader) meets: the
 * title, the body as typed, the topics, each photo's caption and alt text,
 * each link's title.
 */
export function recapGuardTexts(recap: { title: string | null; body: string; topics: readonly string[]; photos: readonly GuardPhoto[]; links: readonly GuardLink[] }): GuardText[] {
  const texts: GuardText[] = [
    { field: "title", text: recap.title ?? "" },
    { field: "body", text: recap.body },
    { field: "topics", text: recap.topics.join(", "), titleCase: true },
  ];
  for (const photo of recap.photos) {
    texts.push({ field: `caption:${photo.id}`, text: photo.caption ?? "" });
    texts.push({ field: `alt:${photo.id}`, text: photo.altText });
  }
  for (const link of recap.links) texts.push({ field: `link:${link.id}`, text: link.title });
  return texts.filter((t) => t.text.trim() !== "");
}

/** Where a hit is, in staff's words: "the text", "the caption of photo 2". */
export function guardFieldLabel(field: string, context: { photoIds: readonly string[]; linkIds: readonly string[] }): string {
  const [kind, id] = field.split(":");
  switch (kind) {
    case "title":
      return "the title";
    case "body":
      return "the text";
    case "topics":
      return "the topics";
    case "caption":
      return `the caption of photo ${context.photoIds.indexOf(id) + 1}`;
    case "alt":
      return `the alt text of photo ${context.photoIds.indexOf(id) + 1}`;
    case "link":
      return `the title of link ${context.linkIds.indexOf(id) + 1}`;
    default:
      return field;
  }
}

/** "Sarah Taylor" in the text; 3 more: one sentence for a refusal. */
export function guardRefusal(hits: readonly AttributionHit[], context: { photoIds: readonly string[]; linkIds: readonly string[] }): string {
  const shown = hits.slice(0, 3).map((h) => `“${h.text}” in ${guardFieldLabel(h.field, context)}`);
  const more = hits.length > shown.length ? `, and ${hits.length - shown.length} more` : "";
  return `Publishing is blocked: under the Chatham House rule the recap may not name or identify a speaker or participant. Found ${shown.join("; ")}${more}.`;
}

/** The bracketed instructions a first draft leaves for the writer, still in the text. */
export function placeholdersLeft(body: string, institute: Pick<Institute, "recapPhrasing">): string[] {
  const phrasing = resolveRecapPhrasing(institute);
  const placeholders = [phrasing.discussionPlaceholder, phrasing.chathamHousePlaceholder, phrasing.offRecordPlaceholder];
  const normalized = body.replace(/\s+/g, " ");
  return placeholders.filter((p) => normalized.includes(p.replace(/\s+/g, " ")));
}

/** A bracketed instruction from the first draft, where it sits in the text as typed. */
export type PlaceholderFinding = { start: number; end: number; text: string };

export const PLACEHOLDER_ADVICE = "Replace this placeholder before submitting.";
export const PLACEHOLDERS_PROBLEM = "Replace the bracketed instructions from the first draft with your own words.";

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * Each placeholder still in the text, in order, with its offsets, so the
 * editor lists it (and selects it) while the writer works, not only when
 * submitting is refused. Line breaks typed inside one still match.
 */
export function placeholderFindings(body: string, institute: Pick<Institute, "recapPhrasing">): PlaceholderFinding[] {
  const phrasing = resolveRecapPhrasing(institute);
  const placeholders = [...new Set([phrasing.discussionPlaceholder, phrasing.chathamHousePlaceholder, phrasing.offRecordPlaceholder])];
  const found: PlaceholderFinding[] = [];
  for (const placeholder of placeholders) {
    const pattern = new RegExp(placeholder.trim().split(/\s+/).map(escapeRegExp).join("\\s+"), "g");
    for (const m of body.matchAll(pattern)) found.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return found.sort((a, b) => a.start - b.start);
}

export type ChecklistItem = { id: string; label: string };

/** What a one-person team confirms before publishing their own recap. */
export function selfPublishChecklist(input: { chathamHouse: boolean; photoCount: number; linkCount: number }): ChecklistItem[] {
  const items: ChecklistItem[] = [{ id: "read", label: "I have read the preview from start to finish, as a reader will see it." }];
  items.push({ id: "facts", label: "Names, titles, dates and co-hosts are spelled and stated correctly." });
  if (input.chathamHouse) items.push({ id: "chatham", label: "Nobody can tell from the text, photos or links who said what, or who took part." });
  if (input.photoCount > 0) items.push({ id: "photos", label: "The photos may be published, and each alt text describes its photo." });
  if (input.linkCount > 0) items.push({ id: "links", label: "Every link opens the page it promises." });
  return items;
}

/** Problems with the recap itself that keep it off the public page, in words. */
export function contentProblems(input: { body: string; institute: Pick<Institute, "recapPhrasing">; offRecordItems: readonly string[] }): string[] {
  const problems: string[] = [];
  if (input.body.trim() === "") problems.push("The recap has no text yet.");
  if (placeholdersLeft(input.body, input.institute).length > 0) problems.push(PLACEHOLDERS_PROBLEM);
  if (input.offRecordItems.length > 0) {
    problems.push(`${input.offRecordItems.map((t) => `“${t}”`).join(", ")} was held off the record: mark it as not covered, and say nothing of it.`);
  }
  return problems;
}

const HONORIFICS = /^(?:h\.?\s?e\.?|mr|mrs|ms|miss|mx|dr|prof|amb|sir|dame|lord|lady|hon|the honou?rable|rev|gen|col|lt|maj|capt|sen|rep)\.?\s+/i;

/**
 * A plus-one is a free-text name ("Ms. Leanne Erdberg"); as a protected guest
 * the last word is taken as the family name and the rest as given names.
 * A lone word is a family name.
 */
export function plusOneAsPerson(name: string): ProtectedPerson | null {
  let rest = name.replace(/\s+/g, " ").trim();
  let honorific = "";
  for (let m = rest.match(HONORIFICS); m; m = rest.match(HONORIFICS)) {
    honorific = `${honorific} ${m[0].trim()}`.trim();
    rest = rest.slice(m[0].length);
  }
  const words = rest.split(" ").filter(Boolean);
  if (words.length === 0) return null;
  return { honorific: honorific || null, givenName: words.slice(0, -1).join(" "), familyName: words[words.length - 1], affiliation: null, part: "guest" };
}
