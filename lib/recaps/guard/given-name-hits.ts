import { foldString, spellingVariants, type Folded } from "./accent-folding";
import { joined, type Token } from "./tokens";
import { inHeading, startsSentence } from "./text-context";
import { partPhrase, personFullName, type ProtectedPerson, type RawHit } from "./types";
import { COMMON_WORD_GIVEN_NAMES, COMMON_WORD_SURNAMES, HONORIFICS, MONTH_SURNAMES, NAME_PARTICLES, TITLE_WORDS } from "./words";

// Given names, and family names spelled one letter wrong.
//
// GIVEN NAMES. A full given name of two words or more ("Maria Elena") is
// identifying wherever it stands, written with its capitals. A single given
// name alone ("Kwabena’s paper") is identifying when written as a name — with
// a capital — and not part of someone else's name: a capitalized word just
// before or after it that is not this person's makes it another person or
// place ("Kevin Rudd" is not Kevin Casas-Zamora, "Sarah Lawrence College").
// A given name that is also an ordinary word or a family name on the common
// list (Will, Grace, Hope, Mark, Jordan) follows the common-word rule for
// family names: alone it counts only where its capital cannot be explained —
// not at the start of a sentence, line or quotation, not in a heading or a
// title-case field. Initials and name particles ("Ibn") are not given names.
//
// NEAR MISSES. A family name of six letters or more that is not an ordinary
// word ("Hattrem") is also found one edit away — a letter changed, added,
// dropped or two swapped ("Hattrim", "Hatrem", "Hattrme") — written with a
// capital and not part of another name. Shorter names are not: one edit from
// a five-letter name is too often another word or another name. A word that
// is some participant's own name is never a misspelling of another's.

export type NameExtrasOptions = { titleCase: boolean };

const bare = (w: string) => foldString(w).replace(/\./g, "");
const words = (s: string | null | undefined) => (s ?? "").split(/\s+/).filter(Boolean);
const isOrdinary = (w: string) => COMMON_WORD_GIVEN_NAMES.has(w) || COMMON_WORD_SURNAMES.has(w) || MONTH_SURNAMES.has(w) || HONORIFICS.has(w) || TITLE_WORDS.has(w);

type GivenMatcher = { person: ProtectedPerson; words: string[][]; single: Map<string, boolean> };

/** At most one edit (Damerau: change, insert, delete or swap two neighbours) between a and b. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return false;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  if (la === lb) {
    let i = 0;
    while (i < la && a[i] === b[i]) i++;
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [s, l] = la < lb ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  return s.slice(i) === l.slice(i + 1);
}

export function createNameExtrasFinder(people: readonly ProtectedPerson[]) {
  const ownWords = new Set<string>();
  const matchers: GivenMatcher[] = [];
  const familyAnchors: { person: ProtectedPerson; name: string; written: string }[] = [];
  const personWords = new Map<ProtectedPerson, Set<string>>();
  for (const person of people) {
    const set = new Set<string>();
    for (const w of [...words(person.givenName), ...words(person.familyName)]) for (const v of spellingVariants(w)) for (const part of v.replace(/\./g, "").split("-")) set.add(part);
    personWords.set(person, set);
    const given = words(person.givenName).filter((w) => !/^\p{L}\.?$/u.test(w) && !NAME_PARTICLES.has(bare(w)));
    const variants = given.map((w) => spellingVariants(w).map((v) => v.replace(/\./g, "")));
    for (const v of variants.flat()) ownWords.add(v);
    for (const w of words(person.familyName)) for (const v of spellingVariants(w)) for (const part of v.replace(/\./g, "").split("-")) ownWords.add(part);
    const single = new Map<string, boolean>();
    for (const vs of variants) for (const v of vs) if (v.length >= 3) single.set(v, isOrdinary(vs[0]));
    matchers.push({ person, words: variants.map((vs) => vs), single });
    for (const w of words(person.familyName)) {
      for (const part of bare(w).split("-")) {
        if (part.length >= 6 && !NAME_PARTICLES.has(part) && !COMMON_WORD_SURNAMES.has(part) && /^[a-z]+$/.test(part)) familyAnchors.push({ person, name: part, written: w });
      }
    }
  }

  // Indexed by word, so a long text is read once, not once per person.
  const byWord = new Map<string, GivenMatcher[]>();
  for (const m of matchers) {
    for (const w of new Set([...m.single.keys(), ...(m.words[0] ?? [])])) {
      const list = byWord.get(w) ?? [];
      list.push(m);
      byWord.set(w, list);
    }
  }
  const anchorsByLength = new Map<number, typeof familyAnchors>();
  for (const a of familyAnchors) for (const n of [a.name.length - 1, a.name.length, a.name.length + 1]) anchorsByLength.set(n, [...(anchorsByLength.get(n) ?? []), a]);

  return function findNameExtras(original: string, folded: Folded, tokens: Token[], options: NameExtrasOptions): RawHit[] {
    const hits: RawHit[] = [];
    /** A capitalized word (or a number) next to it that is not this person's: part of another name. */
    const partOfAnotherName = (i: number, person: ProtectedPerson | null) => {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      const own = (t: Token) => person !== null && (personWords.get(person)?.has(t.word) ?? false);
      if (before && joined(folded, before, tokens[i]) && before.capitalized && !HONORIFICS.has(before.word) && !own(before)) return true;
      return !!after && !tokens[i].possessive && joined(folded, tokens[i], after) && (after.capitalized || /^\d/.test(after.word)) && !own(after);
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (!t.capitalized) continue;
      for (const m of byWord.get(t.word) ?? []) {
        // A full given name of two words or more.
        if (m.words.length >= 2) {
          let ok = true;
          for (let k = 0; k < m.words.length && ok; k++) {
            const tok = tokens[i + k];
            ok = !!tok && m.words[k].includes(tok.word) && tok.capitalized && (k === 0 || joined(folded, tokens[i + k - 1], tok)) && (k === m.words.length - 1 || !tok.possessive);
          }
          if (ok) hits.push({ start: t.start, end: tokens[i + m.words.length - 1].end, kind: "given name", reason: givenReason(m.person, true) });
        }
        // One given name alone.
        const ordinary = m.single.get(t.word);
        if (ordinary === undefined) continue;
        if (partOfAnotherName(i, m.person)) continue;
        if (ordinary && (options.titleCase || inHeading(original, t.start) || startsSentence(original, t.start))) continue;
        hits.push({ start: t.start, end: t.end, kind: "given name", reason: givenReason(m.person, false) });
      }
      // A family name one edit away.
      if (t.word.length < 5 || ownWords.has(t.word) || !/^[a-z]+$/.test(t.word)) continue;
      for (const a of anchorsByLength.get(t.word.length) ?? []) {
        if (!withinOneEdit(t.word, a.name)) continue;
        if (partOfAnotherName(i, null)) continue;
        hits.push({
          start: t.start,
          end: t.end,
          kind: "possible misspelling",
          reason: `Looks like a misspelling of ${a.written}: ${personFullName(a.person)}, ${partPhrase(a.person)}`,
        });
      }
    }
    // "Maria" inside "Maria Elena", already found whole, adds nothing.
    const full = hits.filter((h) => h.kind === "given name" && h.reason.startsWith("Names"));
    return hits.filter((h) => full.includes(h) || !full.some((f) => f.start <= h.start && h.end <= f.end));
  };
}

function givenReason(p: ProtectedPerson, full: boolean): string {
  return `${full ? "Names" : "Gives the first name of"} ${personFullName(p)}, ${partPhrase(p)}`;
}
