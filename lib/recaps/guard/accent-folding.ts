// Matching names must survive case and diacritics ("Rød-Larsen", "Rod-Larsen",
// "SØREIDE"), yet an editor highlights hits in the text as typed. So we match
// on a folded copy and keep, for every folded character, the span of the
// original it came from.

/** Letters that Unicode does not decompose into a base letter plus a mark. */
const SPECIAL: Record<string, string> = {
  ø: "o",
  æ: "ae",
  œ: "oe",
  ß: "ss",
  đ: "d",
  ð: "d",
  ł: "l",
  þ: "th",
  ı: "i",
  ħ: "h",
  // Typographic apostrophes, quotes and hyphens fold to their ASCII form so
  // "Taylor’s" and "Taylor's" read the same.
  "’": "'",
  "‘": "'",
  ʼ: "'",
  "′": "'",
  "“": '"',
  "”": '"',
  "„": '"',
  "‐": "-",
  "‑": "-",
  "\u00a0": " ",
  "\u2009": " ",
  "\u202f": " ",
};

export type Folded = {
  /** Lower case, no diacritics, ASCII apostrophes and hyphens. */
  text: string;
  /** For each folded character, where its source starts in the original. */
  from: number[];
  /** For each folded character, where its source ends in the original. */
  to: number[];
};

export function foldChar(ch: string): string {
  // Plain ASCII, most of any text, needs no table and no normalization.
  const code = ch.charCodeAt(0);
  if (code < 128 && ch.length === 1) return code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
  const lower = ch.toLowerCase();
  const special = SPECIAL[lower];
  if (special !== undefined) return special;
  return lower.normalize("NFD").replace(/\p{M}/gu, "");
}

export function fold(original: string): Folded {
  let text = "";
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of original) {
    const folded = foldChar(ch);
    // A combining accent typed after its letter ("e\u0301") belongs to that
    // letter's span, so a highlight never cuts it off.
    if (!folded && to.length > 0 && to[to.length - 1] === i) to[to.length - 1] = i + ch.length;
    for (let k = 0; k < folded.length; k++) {
      from.push(i);
      to.push(i + ch.length);
    }
    text += folded;
    i += ch.length;
  }
  return { text, from, to };
}

/** The original span behind folded characters [start, end). */
export function originalSpan(f: Folded, start: number, end: number): { start: number; end: number } {
  return { start: f.from[start], end: f.to[end - 1] };
}

/** Folds a whole string (for building patterns and comparing words). */
export function foldString(s: string): string {
  let out = "";
  for (const ch of s) out += foldChar(ch);
  return out;
}

/**
 * Spellings a name is written in besides its folded form: "Rød" is also
 * "Roed", "Müller" also "Mueller", and a name stored as "Roed-Larsen" also
 * matches a text that wrote "Rød-Larsen" (folded "rod-larsen").
 */
export function spellingVariants(name: string): string[] {
  const variants = new Set<string>([foldString(name)]);
  const transliterated = name
    .replace(/[øö]/g, "oe")
    .replace(/[ØÖ]/g, "Oe")
    .replace(/ü/g, "ue")
    .replace(/Ü/g, "Ue")
    .replace(/[äæ]/g, "ae")
    .replace(/[ÄÆ]/g, "Ae")
    .replace(/å/g, "aa")
    .replace(/Å/g, "Aa");
  variants.add(foldString(transliterated));
  // Only inside a word: "Roed" -> "Rod", but "Poe" must not become "P".
  const undone = foldString(name).replace(/([a-z])(ae|oe|ue)(?=[a-z])/g, (_, before: string, pair: string) => before + pair[0]);
  if (undone.replace(/[^a-z]/g, "").length >= 3) variants.add(undone);
  return [...variants];
}
