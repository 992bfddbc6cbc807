/** Folds case and accents, and the letters NFD leaves alone (ø, æ, ß…), so "soreide" finds Søreide. */
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[øœæßđłı]/g, (c) => ({ ø: "o", œ: "oe", æ: "ae", ß: "ss", đ: "d", ł: "l", ı: "i" })[c] ?? c);
}

/** A door search: every word typed appears somewhere in the name or affiliation. */
export function matchesDoorSearch(haystack: string, query: string): boolean {
  const hay = fold(haystack);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}
