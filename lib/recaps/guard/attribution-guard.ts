import { fold, foldString, originalSpan, type Folded } from "./accent-folding";
import { partPhrase, personFullName, type AttributionHit, type AttributionHitKind, type ProtectedPerson, type RawHit } from "./types";
import { createNameFinder } from "./name-hits";
import { findQuotationHits } from "./quotation-hits";
import { createDescriptionFinder } from "./description-hits";
import { createNameExtrasFinder } from "./given-name-hits";
import { tokenize } from "./tokens";
import { capitalizedWordBefore } from "./text-context";
import { KIND_HEADS } from "./words";

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
//
// Round two (each rule in its file): descriptions that fit one participant
// only ("the Swedish defence minister", "the ambassador" when there was one;
// description-hits.ts), given names and near-miss spellings of family names
// (given-name-hits.ts), an affiliation's initials ("GCSP") and its distinctive
// core ("the Women's Forum"; below). A remark attributed to a named person who
// is not a participant (a public statement by the Secretary-General) stays a
// finding, but says so: "not a participant — check that this is a public
// statement".

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

const KIND_RANK: Record<AttributionHitKind, number> = {
  name: 0,
  "given name": 1,
  "possible misspelling": 2,
  affiliation: 3,
  "affiliation acronym": 4,
  "identifying description": 5,
  quotation: 6,
  "named non-participant": 7,
};

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

type AffiliationMatcher = {
  phrase: string;
  regex: RegExp;
  reason: string;
  acronym: boolean;
  kind: AttributionHitKind;
  core?: boolean;
  /** Strings one of which the text must hold for the pattern to have a chance: a cheap test before the regular expression. */
  probes?: string[];
};

/** The longest word of a phrase, folded: a text without it cannot hold the phrase. */
function phraseProbe(phrase: string): string[] {
  const longest = foldString(phrase)
    .split(/[^a-z0-9]+/)
    .sort((a, b) => b.length - a.length)[0];
  return longest && longest.length >= 3 ? [longest] : [];
}

const acronymProbes = (acronym: string) => {
  const a = acronym.replace(/\./g, "");
  return [a, `${a.charAt(0)}.${a.charAt(1)}`];
};

const MINOR_IN_NAMES = /^(?:of|for|the|and|on|in|at|to|de|du|des|la|le|et|&)$/i;
/** Cores that every country has one of: "Ministry of Foreign Affairs" says nothing alone. */
const GENERIC_CORE_START = /^(?:ministry|mission|permanent|embassy|government|office|parliament|delegation|consulate)$/i;

/**
 * An affiliation's initials, as an acronym an editor might write: "Geneva
 * Centre for Security Policy" -> "GCSP", "U.S. Institute of Peace" -> "USIP";
 * after a leading acronym, the rest's too ("UN Department of Political and
 * Peacebuilding Affairs" -> "DPPA"). Small words are skipped; three letters
 * at least ("UN" alone is everyone's).
 */
export function affiliationInitials(name: string): string[] {
  const tokens = name
    .replace(/[’']s\b/g, "")
    .replace(/\b[dl][’']/gi, "")
    .split(/[\s-]+/)
    .map((t) => t.replace(/[^\p{L}\p{N}.&]/gu, ""))
    .filter((t) => t && !MINOR_IN_NAMES.test(t));
  if (tokens.length < 2) return [];
  const initials = (ts: string[]) => ts.map((t) => (/^(?:\p{Lu}\.?){2,}$/u.test(t) ? t.replace(/\./g, "") : t.charAt(0).toUpperCase())).join("");
  const result = new Set<string>([initials(tokens)]);
  if (/^(?:\p{Lu}\.?){2,}$/u.test(tokens[0]) && tokens.length >= 3) result.add(initials(tokens.slice(1)));
  return [...result].filter((a) => a.length >= 3 && a.length <= 8 && /^\p{Lu}+$/u.test(a));
}

/**
 * An affiliation's distinctive core: its trailing words, from a capitalized
 * word on, holding the kind of organization and one word besides ("Pacific
 * Islands Women's Forum" -> "Women's Forum", "Geneva Centre for Security
 * Policy" -> "Centre for Security Policy"). Not a core that every country has
 * ("Ministry of Foreign Affairs").
 */
export function affiliationCores(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  const cores: string[] = [];
  for (let i = 1; i < words.length - 1; i++) {
    const rest = words.slice(i);
    if (!/^\p{Lu}/u.test(rest[0]) || MINOR_IN_NAMES.test(rest[0]) || GENERIC_CORE_START.test(rest[0])) continue;
    const folded = rest.map((w) => foldString(w).replace(/'s$/, "").replace(/[^a-z-]/g, ""));
    const hasKind = folded.some((w) => KIND_HEADS.has(w));
    const other = folded.filter((w) => w && !KIND_HEADS.has(w) && !MINOR_IN_NAMES.test(w));
    if (hasKind && other.length >= 1) cores.push(rest.join(" "));
  }
  return cores;
}

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
    const full = clean(affiliation.replace(/\([^()]*\)/g, " ").replace(/\s+,/g, ",")).split(",")[0];
    const fullAllowed = allowedFolded.has(foldString(full)) || allowedFolded.has(foldString(full.replace(/^the\s+/i, "")));
    for (const phrase of phrases) {
      const folded = foldString(phrase);
      if (folded.replace(/[^a-z]/g, "").length < 3 || allowedFolded.has(folded)) continue;
      matchers.push({ phrase, regex: boundedPhrase(phrase), reason: reason(phrase), acronym: false, kind: "affiliation", probes: phraseProbe(phrase) });
    }
    for (const acronym of acronyms) {
      if (allowedFolded.has(foldString(acronym))) continue;
      // Acronyms are matched as written, capitals and all: "IDEA" is not "idea".
      matchers.push({
        phrase: acronym,
        regex: acronymRegex(acronym),
        reason: reason(full && full !== acronym ? `${acronym} (${full})` : acronym),
        acronym: true,
        kind: "affiliation",
        probes: acronymProbes(acronym),
      });
    }
    if (full && !fullAllowed) {
      // Known acronyms are the real ones; initials are derived only without them.
      if (acronyms.size === 0) {
        for (const initials of affiliationInitials(full)) {
          if (allowedFolded.has(foldString(initials))) continue;
          matchers.push({
            phrase: initials,
            regex: acronymRegex(initials),
            reason: `“${initials}” reads as the initials of ${full}, the affiliation of ${personFullName(person)}, ${partPhrase(person)}`,
            acronym: true,
            kind: "affiliation acronym",
            probes: acronymProbes(initials),
          });
        }
      }
      for (const core of affiliationCores(full)) {
        const folded = foldString(core);
        if (allowedFolded.has(folded) || [...allowedFolded].some((a) => a.includes(folded))) continue;
        matchers.push({
          phrase: core,
          regex: boundedPhrase(core),
          reason: `Names ${core}, short for ${full}, the affiliation of ${personFullName(person)}, ${partPhrase(person)}`,
          acronym: false,
          kind: "affiliation",
          core: true,
          probes: phraseProbe(core),
        });
      }
    }
  }
  return matchers;
}

const acronymRegex = (acronym: string) => {
  const chars = [...acronym.replace(/\./g, "")].map(escapeRegex);
  const dotted = chars.length > 1 && /^\p{Lu}+$/u.test(acronym) ? `|${chars.join("\\.")}\\.` : "";
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escapeRegex(acronym)}${dotted})(?![\\p{L}\\p{N}])`, "gu");
};

function findAffiliationHits(original: string, folded: Folded, matchers: readonly AffiliationMatcher[]): RawHit[] {
  const hits: RawHit[] = [];
  for (const m of matchers) {
    const haystack = m.acronym ? original : folded.text;
    if (m.probes && m.probes.length > 0 && !m.probes.some((p) => haystack.includes(p))) continue;
    for (const match of haystack.matchAll(m.regex)) {
      const span = m.acronym ? { start: match.index, end: match.index + match[0].length } : originalSpan(folded, match.index, match.index + match[0].length);
      const written = original.slice(span.start, span.end).replace(/['’]s$/, "");
      if (!m.acronym && !capitalsAgree(m.phrase, written)) continue;
      // A core right after another capitalized word is part of another name ("Migration Policy Institute"), or of the whole one.
      if (m.core && capitalizedWordBefore(original, span.start) && !/(?:^|\s)(?:The|A|An|Its|Their|Our)\s*$/.test(original.slice(Math.max(0, span.start - 8), span.start))) continue;
      hits.push({ ...span, kind: m.kind, reason: m.reason });
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

/** Every word of every participant's names, folded: to tell a participant's quotation from anyone else's. */
function participantNameWords(people: readonly ProtectedPerson[]): Map<string, { person: ProtectedPerson; given: boolean }> {
  const byWord = new Map<string, { person: ProtectedPerson; given: boolean }>();
  for (const p of people) {
    for (const [names, given] of [
      [p.familyName, false],
      [p.givenName, true],
    ] as const) {
      for (const w of names.split(/[\s-]+/)) {
        const f = foldString(w).replace(/\./g, "");
        if (f.length >= 3 && !byWord.has(f)) byWord.set(f, { person: p, given });
      }
    }
  }
  return byWord;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function prepare(input: AttributionGuardInput) {
  const allowed = input.allowedNames.map(clean).filter(Boolean);
  const allowedFolded = new Set(allowed.flatMap((n) => [foldString(n), foldString(n.replace(/^the\s+/i, ""))]));
  const isAllowed = (foldedName: string) => allowedFolded.has(foldedName) || allowedFolded.has(foldedName.replace(/^the\s+/, ""));
  return {
    allowedPatterns: allowed.map(boundedPhrase),
    isAllowed,
    findNames: createNameFinder(input.people, input.commonWords),
    findExtras: createNameExtrasFinder(input.people),
    findDescriptions: createDescriptionFinder(input.people, (affiliation) => affiliation !== "" && isAllowed(affiliation)),
    affiliations: affiliationMatchers(input.people, allowedFolded),
    nameWords: participantNameWords(input.people),
  };
}

// The editor checks the recap as staff type, with the same people each time:
// the patterns are built once per list of people and names, not per keystroke.
const prepared = new WeakMap<readonly ProtectedPerson[], WeakMap<readonly string[], Map<string, ReturnType<typeof prepare>>>>();

function preparedFor(input: AttributionGuardInput): ReturnType<typeof prepare> {
  let byAllowed = prepared.get(input.people);
  if (!byAllowed) prepared.set(input.people, (byAllowed = new WeakMap()));
  let byCommon = byAllowed.get(input.allowedNames);
  if (!byCommon) byAllowed.set(input.allowedNames, (byCommon = new Map()));
  const key = (input.commonWords ?? []).join("\u0000");
  let ready = byCommon.get(key);
  if (!ready) byCommon.set(key, (ready = prepare(input)));
  return ready;
}

export function findAttributionHits(input: AttributionGuardInput): AttributionHit[] {
  const { allowedPatterns, isAllowed, findNames, findExtras, findDescriptions, affiliations, nameWords } = preparedFor(input);

  const result: AttributionHit[] = [];
  for (const { field, text, titleCase } of input.texts) {
    if (!text) continue;
    const folded = fold(text);
    const tokens = tokenize(text, folded);
    const isTitleCase = titleCase ?? (field === "title" || field.startsWith("link:"));
    const safe = allowedSpans(folded, allowedPatterns);
    const names = findNames(text, folded, { titleCase: isTitleCase });
    // A given name or a near miss inside a name already found adds nothing.
    const extras = findExtras(text, folded, tokens, { titleCase: isTitleCase }).filter((h) => {
      if (names.some((n) => overlaps(n, h))) return false;
      // Family name first ("Dr. Park Ji-won"): the given name after it joins the name's hit.
      const before = h.kind === "given name" ? names.find((n) => n.end <= h.start && /^[ \t]+$/.test(text.slice(n.end, h.start))) : undefined;
      if (before) before.end = h.end;
      return !before;
    });
    const quotations = findQuotationHits(text, isAllowed).map((q) => {
      // "Taylor Warns …" in a title: the name rule leaves a lone family name before a capital alone; the quotation is still a participant's.
      const speakerWords = (q.speaker ?? "").split(/[\s-]+/).map((w) => foldString(w).replace(/\./g, "").replace(/['’]s$/, ""));
      // A family name says more than a given name: "Terje Rød-Larsen" is named, not first-named.
      const found = speakerWords.flatMap((w) => nameWords.get(w) ?? []).sort((a, b) => Number(a.given) - Number(b.given))[0];
      if (!found) return q;
      const { person, given } = found;
      return { ...q, reason: `${q.reason}; ${given ? "Gives the first name of" : "Names"} ${personFullName(person)}, ${partPhrase(person)}`, kind: given ? ("given name" as const) : ("name" as const) };
    });
    const raw = [
      ...names,
      ...extras,
      ...findDescriptions(text, folded, tokens),
      ...findAffiliationHits(text, folded, affiliations),
      ...quotations,
    ].filter((h) => !safe.some((s) => s.start <= h.start && h.end <= s.end));
    for (const hit of mergeHits(raw)) {
      // A remark attributed to someone who is not on the list: perhaps a public statement, quoted as such.
      const nonParticipant = hit.kind === "quotation";
      result.push({
        field,
        start: hit.start,
        end: hit.end,
        text: text.slice(hit.start, hit.end),
        kind: nonParticipant ? "named non-participant" : hit.kind,
        reason: nonParticipant ? nonParticipantReason(hit.reason) : hit.reason,
      });
    }
  }
  return result;
}

function nonParticipantReason(reason: string): string {
  return reason.replace(
    /Attributes what was said to (.+?); report the point without saying who made it/g,
    (_, who: string) => `Attributes a remark to ${who}: not a participant — check that this is a public statement; if it was said at this event, report the point without saying who made it`,
  );
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
