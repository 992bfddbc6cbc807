import countries from "world-countries";
import { foldString } from "./accent-folding";
import { formPattern, formWords, isCountryCode } from "./country-forms";
import type { CountryNames, ProtectedPerson } from "./types";

// The countries behind "the Swedish defence minister" and "Chile's
// ambassador": names, official names, demonyms and adjectives in English,
// from the world-countries data package (pinned in package.json), not from a
// hand list. The package is large, so this module runs on the server only:
// withCountries() gives each protected person the few countries their title
// and affiliation name, and the guard (in the editor too) works from those.
//
// Forms taken for a country:
// - its common and official English names, and English alternative spellings
//   ("Great Britain", "Holland"), but not the names in its own languages
//   ("Ísland", "Norge");
// - the English demonyms ("Swedish", "Chilean", "Dutch");
// - a language's name when it is formed from the country's ("Icelandic" for
//   Iceland, "Norwegian" for Norway; not "French" for Switzerland);
// - "Turkey" from "Republic of Turkey": an official name without its form of
//   state;
// - codes written in capitals ("UK", "US", "USA"), matched in capitals only.

const STATE_FORM = /^(?:the\s+)?(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Grand Duchy|Federation)\s+of\s+(?:the\s+)?/;

function formsOf(c: (typeof countries)[number]): string[] {
  const native = new Set(Object.values(c.name.native ?? {}).flatMap((n) => [foldString(n.common), foldString(n.official)]));
  const forms = new Set<string>([c.name.common, c.name.official]);
  for (const alt of c.altSpellings ?? []) {
    if (/^\p{Lu}{2,3}$/u.test(alt)) forms.add(alt);
    else if (!alt.includes(",") && alt.length >= 4 && !native.has(foldString(alt)) && /^[\p{Script=Latin}\s'’.-]+$/u.test(alt)) forms.add(alt);
  }
  for (const name of [...forms]) {
    const bare = name.replace(STATE_FORM, "");
    if (bare !== name && bare.split(/\s+/).length <= 3 && !native.has(foldString(bare))) forms.add(bare);
  }
  const demonyms = c.demonyms?.eng;
  if (demonyms) for (const d of [demonyms.m, demonyms.f]) if (d) forms.add(d);
  const stem = foldString(c.name.common).slice(0, 4);
  for (const language of Object.values(c.languages ?? {})) {
    const word = language.split(/\s+/)[0];
    if (word.length >= 5 && foldString(word).slice(0, 4) === stem) forms.add(word);
  }
  return [...forms].filter((f) => f.replace(/[^\p{L}]/gu, "").length >= 2);
}

type Entry = { names: CountryNames; tests: { regex: RegExp; folded: boolean }[] };
type Table = { entries: Entry[]; byWord: Map<string, Entry[]> };
let table: Table | null = null;

/** Built once: every country with its forms, indexed by each form's first word (a code by itself). */
function countryTable(): Table {
  if (table) return table;
  const entries: Entry[] = [];
  const byWord = new Map<string, Entry[]>();
  for (const c of countries) {
    const forms = formsOf(c);
    const entry: Entry = { names: { name: c.name.common, forms }, tests: forms.map((f) => ({ regex: formPattern(f), folded: !isCountryCode(f) })) };
    entries.push(entry);
    for (const f of forms) {
      const key = isCountryCode(f) ? f.replace(/\./g, "") : formWords(f)[0];
      const list = byWord.get(key) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byWord.set(key, list);
    }
  }
  table = { entries, byWord };
  return table;
}

/** The countries a piece of text names, in any of their forms: "Ministry of Foreign Affairs of Finland" -> Finland. */
export function countriesIn(text: string): CountryNames[] {
  if (!text.trim()) return [];
  const folded = foldString(text);
  const { byWord } = countryTable();
  const candidates = new Set<Entry>();
  const words = [...folded.split(/[^\p{L}\p{N}'.]+/u), ...text.split(/[^\p{L}\p{N}.]+/u).map((w) => w.replace(/\./g, ""))];
  for (const w of words) for (const e of byWord.get(w.replace(/\./g, "").replace(/'s$/, "")) ?? []) candidates.add(e);
  return [...candidates].filter((e) => e.tests.some((t) => t.regex.test(t.folded ? folded : text))).map((e) => e.names);
}

/** The people, each with the countries their title and affiliation name. */
export function withCountries<P extends ProtectedPerson>(people: readonly P[]): P[] {
  return people.map((p) => {
    const found = countriesIn(`${p.positionTitle ?? ""} ; ${p.affiliation ?? ""}`);
    return found.length > 0 ? { ...p, countries: found } : { ...p };
  });
}
