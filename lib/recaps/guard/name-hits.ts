import { foldString, originalSpan, spellingVariants, type Folded } from "./accent-folding";
import { partPhrase, personFullName, type ProtectedPerson, type RawHit } from "./types";
import { COMMON_WORD_GIVEN_NAMES, COMMON_WORD_SURNAMES, HONORIFICS, MONTH_SURNAMES, NAME_PARTICLES, TITLE_WORDS } from "./words";
import { capitalizedWordAfter, capitalizedWordBefore, inHeading, isCapitalized, startsSentence } from "./text-context";

// How a person's name is found:
//
// - A family name (or, for a double or hyphenated one, each distinctive part:
//   "Søreide" of "Eriksen Søreide", "Larsen" of "Rød-Larsen") is the anchor.
// - Words just before it that belong to the person extend the hit: given
//   names, initials ("E. B.", "E.B."), honorifics and titles ("Ms.", "H.E.",
//   "Foreign Minister", "The Honorable").
// - With a given name, an initial or an honorific, the name is a name in any
//   case ("sarah taylor"). Alone, a family name counts only when written as a
//   name: with a capital letter.
// - THE COMMON-WORD RULE. A family name that is also an ordinary word, a place
//   or a month (COMMON_WORD_SURNAMES: Rice, Young, Power, Pierce, May, ...)
//   is flagged alone only when its capital cannot be explained otherwise:
//   capitalized, not the first word of a sentence, line, list item or
//   quotation, not in a heading or a title-case field (titles, link titles),
//   and not next to another capitalized word (that makes it part of another
//   proper name: "White House", "Young Professionals Network", "Rice
//   University", or another person, "Condoleezza Rice"). A month ("May",
//   "June") alone is never flagged: mid-sentence it is nearly always the
//   month. With a capitalized given name, initial or honorific ("Theresa May",
//   "T. May", "Ms. Rice", "Ambassador Young") it is always flagged, as it is
//   after a distinctive given name in any case ("condoleezza rice"), but not
//   after an ordinary word that happens to be a name or a title in lower case
//   ("will rice", "justice may"). "Young said" is caught by the quotation
//   rule whatever the word.
// - A family name alone followed by another capitalized word or a number is
//   part of another name ("the Ross Sea", "Park Chung-hee"): not flagged.
// - Given names are found in given-name-hits.ts.

type Extension = { start: number; qualified: boolean };

type PersonMatcher = {
  person: ProtectedPerson;
  reason: string;
  /** Folded words of the person's names (and their spellings), for extending a hit leftwards. */
  nameWords: ReadonlySet<string>;
  initials: ReadonlySet<string>;
  ownHonorifics: ReadonlySet<string>;
  /** Folded words of the person's affiliation: "Stimson Center" is Ms. Stimson's own. */
  affiliationWords: ReadonlySet<string>;
  anchors: { regex: RegExp; common: boolean; month: boolean }[];
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A folded name as a pattern: spaces and hyphens interchangeable, apostrophes optional. */
function namePattern(folded: string): string {
  return folded
    .trim()
    .split(/[\s-]+/)
    .map((w) => escapeRegex(w).replace(/'/g, "'?"))
    .join("[\\s-]+");
}

const words = (s: string | null | undefined) => (s ?? "").split(/\s+/).filter(Boolean);
const bare = (w: string) => foldString(w).replace(/\./g, "");

function buildMatcher(person: ProtectedPerson, extraCommon: ReadonlySet<string>): PersonMatcher {
  const given = words(person.givenName);
  const family = words(person.familyName);
  const nameWords = new Set<string>();
  const initials = new Set<string>();
  for (const w of [...given, ...family]) {
    for (const variant of spellingVariants(w)) {
      const b = variant.replace(/\./g, "");
      if (b.length > 1) nameWords.add(b);
      for (const part of b.split("-")) {
        if (part.length > 1) nameWords.add(part);
        if (part) initials.add(part[0]);
      }
    }
  }
  const ownHonorifics = new Set(words(person.honorific).map(bare).filter((w) => w && w !== "the"));

  // Anchors: the whole family name, then its distinctive words and hyphenated parts.
  const anchorNames = new Set<string>([family.join(" ")]);
  const significant = family.filter((w) => !NAME_PARTICLES.has(bare(w)));
  if (family.length > 1) for (const w of significant) if (bare(w).length >= 3) anchorNames.add(w);
  for (const w of significant) {
    const parts = w.split("-");
    if (parts.length > 1) for (const p of parts) if (bare(p).length >= 4) anchorNames.add(p);
  }

  const anchors = [...anchorNames].filter(Boolean).map((anchor) => {
    const folded = bare(anchor);
    const possessive = folded.endsWith("s") ? "(?:'s|')?" : "(?:'s)?";
    const alternatives = spellingVariants(anchor)
      .map(namePattern)
      .sort((a, b) => b.length - a.length)
      .join("|");
    return {
      regex: new RegExp(`(?<![\\p{L}\\p{N}-])(?:${alternatives})${possessive}(?![\\p{L}\\p{N}])`, "gu"),
      common: COMMON_WORD_SURNAMES.has(folded) || extraCommon.has(folded),
      month: MONTH_SURNAMES.has(folded),
    };
  });

  return {
    person,
    reason: `Names ${personFullName(person)}, ${partPhrase(person)}`,
    nameWords,
    initials,
    ownHonorifics,
    affiliationWords: new Set(foldString(person.affiliation ?? "").split(/[^a-z0-9'-]+/).filter(Boolean)),
    anchors,
  };
}

type TokenKind = "honorific" | "initial" | "name" | "title";

function classify(token: string, m: PersonMatcher, previous: TokenKind | null, previousToken: string): TokenKind | null {
  const letters = token.replace(/\./g, "");
  if (!letters) return null;
  if (HONORIFICS.has(letters) || m.ownHonorifics.has(letters)) return "honorific";
  // "The Honorable Kevin Rudd": "the" only as part of that honorific.
  if (letters === "the" && previous === "honorific" && /^(honorable|honourable|hon)$/.test(previousToken)) return "honorific";
  if (/^(?:[a-z]\.)+$/.test(token)) return [...letters].every((c) => m.initials.has(c)) ? "initial" : null;
  if (m.nameWords.has(letters)) return "name";
  if (TITLE_WORDS.has(letters)) return "title";
  return null;
}

const isOrdinaryWord = (w: string) => COMMON_WORD_GIVEN_NAMES.has(w) || COMMON_WORD_SURNAMES.has(w) || HONORIFICS.has(w);

/**
 * Walks left from an anchor over the person's given names, initials,
 * honorifics and titles. `strict` (for common-word family names) makes a
 * token qualify the anchor only with a capital letter, unless it is a
 * distinctive given name: "condoleezza rice" is a name, "justice may" is not.
 */
function extendLeft(folded: Folded, original: string, start: number, m: PersonMatcher, strict: boolean): Extension {
  const t = folded.text;
  let pos = start;
  let qualified = false;
  let previous: TokenKind | null = null;
  let previousToken = "";
  for (let steps = 0; steps < 8; steps++) {
    let j = pos;
    while (j > 0 && (t[j - 1] === " " || t[j - 1] === "\t")) j--;
    if (j === pos && t[j - 1] !== ".") break;
    if (pos - j > 3) break;
    let k = j;
    while (k > 0 && /[\p{L}\p{N}.'-]/u.test(t[k - 1])) k--;
    const token = t.slice(k, j);
    const kind = classify(token, m, previous, previousToken);
    if (!kind) break;
    const capitalized = isCapitalized(original, folded.from[k]);
    if (kind !== "title") {
      const distinctive = kind === "name" && !isOrdinaryWord(token.replace(/\./g, ""));
      if (strict && !capitalized && !distinctive) break;
      qualified = true;
    }
    previous = kind;
    previousToken = token.replace(/\./g, "");
    pos = k;
  }
  return { start: pos, qualified };
}

/**
 * A family name alone followed by a capitalized word that is not this
 * person's, or by a number, is part of another name: "the Ross Sea" is not
 * Mr. Ross-Whitfield, "Park Chung-hee" not Dr. Park, "Taylor 2019" a
 * citation. "Park argued" and "Whitfield's view" stay names.
 */
function followedByAnotherName(original: string, end: number, m: PersonMatcher): boolean {
  if (/['’]s$/.test(original.slice(Math.max(0, end - 2), end))) return false;
  const after = /^[ \t]+([\p{Lu}\p{N}][\p{L}\p{M}\p{N}'’.-]*)/u.exec(original.slice(end, end + 60));
  if (!after) return false;
  if (/^\p{N}/u.test(after[1])) return true;
  const word = bare(after[1]).replace(/['’]s$/, "").replace(/'s$/, "");
  const own = (w: string) => m.nameWords.has(w) || m.affiliationWords.has(w);
  return !own(word) && !word.split("-").every(own);
}

export type NameHitOptions = { titleCase: boolean };

export function createNameFinder(people: readonly ProtectedPerson[], extraCommonWords: readonly string[] = []) {
  const extraCommon = new Set(extraCommonWords.map(bare));
  const matchers = people.map((p) => buildMatcher(p, extraCommon));

  return function findNameHits(original: string, folded: Folded, options: NameHitOptions): RawHit[] {
    const hits: RawHit[] = [];
    for (const m of matchers) {
      for (const anchor of m.anchors) {
        for (const match of folded.text.matchAll(anchor.regex)) {
          const a = match.index;
          const b = a + match[0].length;
          const core = originalSpan(folded, a, b);
          const coreCapitalized = isCapitalized(original, core.start);
          const ext = extendLeft(folded, original, a, m, anchor.common);
          let start = core.start;
          if (ext.qualified) {
            start = originalSpan(folded, ext.start, b).start;
          } else {
            if (!coreCapitalized || anchor.month) continue;
            if (followedByAnotherName(original, core.end, m)) continue;
            if (anchor.common) {
              if (options.titleCase || inHeading(original, core.start)) continue;
              if (startsSentence(original, core.start)) continue;
              if (capitalizedWordBefore(original, core.start) || capitalizedWordAfter(original, core.end)) continue;
            } else if (ext.start < a) {
              start = originalSpan(folded, ext.start, b).start;
            }
          }
          hits.push({ start, end: core.end, kind: "name", reason: m.reason });
        }
      }
    }
    return hits;
  };
}
