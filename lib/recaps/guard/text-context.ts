// Where a word stands decides whether its capital letter means anything: at
// the start of a sentence, a heading or a list item every word is capitalized.

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;

export function isCapitalized(text: string, index: number): boolean {
  return UPPER.test(text.charAt(index));
}

/**
 * Whether the word at `index` begins a sentence, a line, a list item, a
 * heading or a quotation: any place where English capitalizes a word anyway.
 */
export function startsSentence(text: string, index: number): boolean {
  let i = index;
  // Opening quotes, brackets and emphasis markers belong to the word.
  while (i > 0 && /["“‘'(\[*_]/.test(text.charAt(i - 1))) i--;
  let j = i;
  while (j > 0 && /[ \t]/.test(text.charAt(j - 1))) j--;
  if (j === 0) return true;
  const prev = text.charAt(j - 1);
  if (prev === "\n" || /[.!?:;…]/.test(prev)) return true;
  if (/["”’)\]]/.test(prev) && /[.!?…]/.test(text.charAt(j - 2))) return true;
  const lineStart = text.lastIndexOf("\n", j - 1) + 1;
  return /^\s*(?:(?:[-*+]|\d+[.)]|>|#{1,6})\s*)+$/.test(text.slice(lineStart, i));
}

/** Whether the line holding `index` is a Markdown heading, which is usually in title case. */
export function inHeading(text: string, index: number): boolean {
  const lineStart = text.lastIndexOf("\n", index - 1) + 1;
  return /^\s{0,3}#{1,6}\s/.test(text.slice(lineStart, index + 1));
}

/** Whether the word just before `index` (same clause, spaces only between) starts with a capital. */
export function capitalizedWordBefore(text: string, index: number): boolean {
  let j = index;
  while (j > 0 && /[*_]/.test(text.charAt(j - 1))) j--;
  const k = j;
  while (j > 0 && /[ \t]/.test(text.charAt(j - 1))) j--;
  if (j === k || j === 0) return false;
  let w = j;
  while (w > 0 && /[\p{L}\p{M}'’-]/u.test(text.charAt(w - 1))) w--;
  return w < j && isCapitalized(text, w);
}

/** Whether the word just after `index` (spaces only between) starts with a capital. */
export function capitalizedWordAfter(text: string, index: number): boolean {
  let j = index;
  while (j < text.length && /[*_]/.test(text.charAt(j))) j++;
  const k = j;
  while (j < text.length && /[ \t]/.test(text.charAt(j))) j++;
  return j > k && LETTER.test(text.charAt(j)) && isCapitalized(text, j);
}
