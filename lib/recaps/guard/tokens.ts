import type { Folded } from "./accent-folding";
import { isCapitalized } from "./text-context";

// The text as a list of words, for the rules that read a phrase word by word
// (descriptions, given names, near-miss spellings). Words are read from the
// folded text; capitals and offsets from the text as typed.

export type Token = {
  /** Offsets in the folded text. */
  fstart: number;
  fend: number;
  /** Offsets in the text as typed. */
  start: number;
  end: number;
  /** Folded, without full stops or a possessive "'s": "u.s." -> "us", "chile's" -> "chile". */
  word: string;
  possessive: boolean;
  capitalized: boolean;
  /** The word as typed, without a possessive. */
  written: string;
};

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.'-]*[\p{L}\p{N}])?/gu;

export function tokenize(original: string, folded: Folded): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.text.matchAll(WORD)) {
    let raw = m[0];
    let fend = m.index + raw.length;
    // "Parties'" is a possessive plural, its apostrophe outside the match.
    let possessive = /'s$/.test(raw) || folded.text.charAt(fend) === "'";
    if (/'s$/.test(raw)) raw = raw.slice(0, -2);
    if (folded.text.charAt(fend) === "'" && !/[\p{L}]/u.test(folded.text.charAt(fend + 1))) fend += 1;
    else if (folded.text.charAt(fend) === "'") possessive = false;
    const start = folded.from[m.index];
    const end = folded.to[fend - 1];
    const writtenEnd = folded.to[m.index + raw.length - 1];
    tokens.push({
      fstart: m.index,
      fend,
      start,
      end,
      word: raw.replace(/\./g, ""),
      possessive,
      capitalized: isCapitalized(original, start),
      written: original.slice(start, writtenEnd).replace(/['’]$/, ""),
    });
  }
  return tokens;
}

/** Whether two neighbouring words belong to one phrase: only spaces between, or the full stop of an abbreviation ("U.S. envoy"). */
export function joined(folded: Folded, a: Token, b: Token): boolean {
  const gap = folded.text.slice(a.fend, b.fstart);
  if (/^[ \t]+$/.test(gap)) return true;
  return /^\.[ \t]+$/.test(gap) && /\./.test(folded.text.slice(a.fstart, a.fend));
}
