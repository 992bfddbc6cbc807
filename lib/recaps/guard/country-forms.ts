import { foldString } from "./accent-folding";

// How a country's form is written: words ("Sweden", "Swedish", "New
// Zealand") match folded, in any case; codes ("UK", "US", "U.S.") only in
// capitals, so "us" and "no" are never countries.

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export const isCountryCode = (form: string) => /^\p{Lu}{2,3}$/u.test(form.replace(/\./g, ""));

/** The folded words of a form, the way the tokenizer reads them: "Côte d'Ivoire" -> ["cote", "d'ivoire"]. */
export function formWords(form: string): string[] {
  if (isCountryCode(form)) return [form.replace(/\./g, "")];
  return foldString(form)
    .replace(/\./g, "")
    .split(/[\s-]+/)
    .filter(Boolean);
}

/** A pattern for a form: over the folded text for words, over the text as typed for codes. */
export function formPattern(form: string): RegExp {
  if (isCountryCode(form)) {
    const chars = [...form.replace(/\./g, "")].map(escapeRegex);
    return new RegExp(`(?<![\\p{L}\\p{N}])(?:${chars.join("")}|${chars.join("\\.")}\\.?)(?![\\p{L}\\p{N}])`, "u");
  }
  const body = formWords(form)
    .map((w) => escapeRegex(w).replace(/'/g, "'?"))
    .join("[\\s-]+");
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:'s)?(?![\\p{L}\\p{N}])`, "iu");
}
