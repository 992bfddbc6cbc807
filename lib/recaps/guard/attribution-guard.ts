import { fold, foldString, originalSpan, type Folded } from "./accent-folding";
import { partPhrase, personFullName, type AttributionHit, type AttributionHitKind, type ProtectedPerson, type RawHit } from "./types";
import { createNameFinder } from "./name-hits";
import { findQuotationHits } from "./quotation-hits";

// The Chatham House guard. While an event (or the part of it a recap covers)
// is under the Chatham House rule, a recap may say what was said but not who
// said it nor where they come from. This finds, in every text a reader will
// see (body, title, photo captions, link titles), the names and affiliations
// of the event's speakers and guests and any remark attributed to a named
// person, with offsets into the text as typed so the editor can highlight
// each one in place. It blocks nothing itself: the publish rule does.
//
// The rules for names (initials, honorifics, diacritics, possessives, and the
// common-word rule for family names like Rice, Young or May) are in
// name-hits.ts; for quotations in quotation-hits.ts. Affiliations: the
// organization as written in the directory ("University of Tartu, Estonia"),
// its leading part ("University of Tartu"), and any acronym written in the
// data ("(UNIDO)", or the organization's short name), each only when written
// with the capitals the data has ("Parallel Networks", not "parallel
// networks"). Allowed names (co-hosts, the institute's own names) are never
// flagged, even when they contain a protected name or affiliation.

export type { AttributionHit, AttributionHitKind, ProtectedPerson } from "./types";

export type GuardText = {
  /** "body", "title", "caption:<photoId>", "link:<linkId>". */
  field: string;
  text: string;
  /**
   * Title case capitalizes ordinary words, so a common-word family name alone
   * proves nothing there. Defaults to true for "title" and "link:…" fields.
   */
  titleCase?: boolean;
};

export type AttributionGuardInput = {
  texts: readonly GuardText[];
  /** Speakers and guests of the event. */
  people: readonly ProtectedPerson[];
  /** Co-hosts' names and short names, the institute's name and short name. */
  allowedNames: readonly string[];
  /** Family names to treat like ordinary words, on top of the built-in list. */
  commonWords?: readonly string[];
};

const KIND_RANK: Record<AttributionHitKind, number> = { name: 0, affiliation: 1, quotation: 2 };

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const clean = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A phrase as a pattern over folded text: spaces and hyphens interchangeable,
 * full stops and apostrophes optional, and an acronym with or without full
 * stops ("US" and "U.S.").
 */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((word) => {
      const letters = word.replace(/\./g, "");
      if (/^\p{Lu}{2,5}$/u.test(letters)) {
        const chars = [...foldString(letters)].map(escapeRegex);
        return `(?:${chars.join("")}|${chars.join("\\.")}\\.)`;
      }
      return escapeRegex(foldString(word)).replace(/\\\./g, "\\.?").replace(/'/g, "'?");
    })
    .join("[\\s-]+");
}

const boundedPhrase = (phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrasePattern(phrase)})(?:'s)?(?![\\p{L}\\p{N}])`, "gu");

/** Every word the data capitalizes must be capitalized in the text; every acronym written in capitals. */
function capitalsAgree(data: string, written: string): boolean {
  const dataWords = data.split(/[\s-]+/).filter(Boolean);
  const textWords = written.split(/[\s-]+/).filter(Boolean);
  if (dataWords.length !== textWords.length) return false;
  return dataWords.every((d, i) => {
    const t = textWords[i];
    const dLetters = d.replace(/[^\p{L}]/gu, "");
    const tLetters = t.replace(/[^\p{L}]/gu, "");
    if (dLetters.length >= 2 && dLetters === dLetters.toUpperCase()) return tLetters === tLetters.toUpperCase();
    if (/^\p{Lu}/u.test(dLetters)) return /^\p{Lu}/u.test(tLetters);
    return true;
  });
}

type AffiliationMatcher = { phrase: string; regex: RegExp; reason: string; acronym: boolean };

function affiliationMatchers(people: readonly ProtectedPerson[], allowedFolded: ReadonlySet<string>): AffiliationMatcher[] {
  const matchers: AffiliationMatcher[] = [];
  for (const person of people) {
    const affiliation = clean(person.affiliation ?? "");
    const reason = (what: string) => `Names ${what}, the affiliation of ${personFullName(person)}, ${partPhrase(person)}`;
    const phrases = new Set<string>();
    const acronyms = new Set<string>();
    if (affiliation) {
      for (const m of affiliation.matchAll(/\(([^()]{2,20})\)/g)) if (/^\p{Lu}[\p{Lu}\p{N}&.-]+$/u.test(m[1].trim())) acronyms.add(m[1].trim());
      const segments = clean(affiliation.replace(/\([^()]*\)/g, " ").replace(/\s+,/g, ",")).split(/\s*,\s*/).filter(Boolean);
      // The organization and its leading parts, not a trailing place on its own ("University of Tartu", not "Estonia").
      for (let i = 1; i <= segments.length; i++) {
        const phrase = segments.slice(0, i).join(", ");
        phrases.add(phrase);
        phrases.add(phrase.replace(/^the\s+/i, ""));
      }
    }
    const short = clean(person.affiliationShortName ?? "");
    if (short) acronyms.add(short);
    for (const phrase of phrases) {
      const folded = foldString(phrase);
      if (folded.replace(/[^a-z]/g, "").length < 3 || allowedFolded.has(folded)) continue;
      matchers.push({ phrase, regex: boundedPhrase(phrase), reason: reason(phrase), acronym: false });
    }
    for (const acronym of acronyms) {
      if (allowedFolded.has(foldString(acronym))) continue;
      const full = clean(affiliation.replace(/\([^()]*\)/g, " ").replace(/\s+,/g, ",")).split(",")[0];
      // Acronyms are matched as written, capitals and all: "IDEA" is not "idea".
      matchers.push({
        phrase: acronym,
        regex: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegex(acronym)}(?![\\p{L}\\p{N}])`, "gu"),
        reason: reason(full && full !== acronym ? `${acronym} (${full})` : acronym),
        acronym: true,
      });
    }
  }
  return matchers;
}

function findAffiliationHits(original: string, folded: Folded, matchers: readonly AffiliationMatcher[]): RawHit[] {
  const hits: RawHit[] = [];
  for (const m of matchers) {
    const haystack = m.acronym ? original : folded.text;
    for (const match of haystack.matchAll(m.regex)) {
      const span = m.acronym ? { start: match.index, end: match.index + match[0].length } : originalSpan(folded, match.index, match.index + match[0].length);
      const written = original.slice(span.start, span.end).replace(/['’]s$/, "");
      if (!m.acronym && !capitalsAgree(m.phrase, written)) continue;
      hits.push({ ...span, kind: "affiliation", reason: m.reason });
    }
  }
  return hits;
}

function allowedSpans(folded: Folded, patterns: readonly RegExp[]): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const regex of patterns) {
    for (const match of folded.text.matchAll(regex)) spans.push(originalSpan(folded, match.index, match.index + match[0].length));
  }
  return spans;
}

/** Overlapping hits become one, keeping the strongest kind and every distinct reason. */
function mergeHits(hits: RawHit[]): RawHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RawHit[] = [];
  for (const hit of sorted) {
    const last = merged[merged.length - 1];
    if (last && hit.start < last.end) {
      last.end = Math.max(last.end, hit.end);
      if (KIND_RANK[hit.kind] < KIND_RANK[last.kind]) last.kind = hit.kind;
      const reasons = last.reason.split("; ");
      if (!reasons.includes(hit.reason)) last.reason = [...reasons, hit.reason].join("; ");
    } else {
      merged.push({ ...hit });
    }
  }
  return merged;
}

export function findAttributionHits(input: AttributionGuardInput): AttributionHit[] {
  const allowed = input.allowedNames.map(clean).filter(Boolean);
  const allowedFolded = new Set(allowed.flatMap((n) => [foldString(n), foldString(n.replace(/^the\s+/i, ""))]));
  const allowedPatterns = allowed.map(boundedPhrase);
  const isAllowed = (foldedName: string) => allowedFolded.has(foldedName) || allowedFolded.has(foldedName.replace(/^the\s+/, ""));
  const findNames = createNameFinder(input.people, input.commonWords);
  const affiliations = affiliationMatchers(input.people, allowedFolded);

  const result: AttributionHit[] = [];
  for (const { field, text, titleCase } of input.texts) {
    if (!text) continue;
    const folded = fold(text);
    const isTitleCase = titleCase ?? (field === "title" || field.startsWith("link:"));
    const safe = allowedSpans(folded, allowedPatterns);
    const raw = [
      ...findNames(text, folded, { titleCase: isTitleCase }),
      ...findAffiliationHits(text, folded, affiliations),
      ...findQuotationHits(text, isAllowed),
    ].filter((h) => !safe.some((s) => s.start <= h.start && h.end <= s.end));
    for (const hit of mergeHits(raw)) result.push({ field, ...hit, text: text.slice(hit.start, hit.end) });
  }
  return result;
}

export type HighlightSegment = { text: string; hit?: AttributionHit };

/**
 * The text cut into plain and highlighted pieces, in order, for rendering a
 * field with its hits marked. Pass the hits of that field only.
 */
export function highlightSegments(text: string, hits: readonly AttributionHit[]): HighlightSegment[] {
  const segments: HighlightSegment[] = [];
  let cursor = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < cursor || hit.end > text.length || hit.end <= hit.start) continue;
    if (hit.start > cursor) segments.push({ text: text.slice(cursor, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.end), hit });
    cursor = hit.end;
  }
  if (cursor < text.length || segments.length === 0) segments.push({ text: text.slice(cursor) });
  return segments;
}
