import { foldString, type Folded } from "./accent-folding";
import { formWords, isCountryCode } from "./country-forms";
import { joined, type Token } from "./tokens";
import { partPhrase, personFullName, type ProtectedPerson, type RawHit } from "./types";
import { DESCRIPTION_DETERMINERS, EVERY_COUNTRY_HAS_ONE, HONORIFIC_ROLES, KIND_HEADS, ROLE_HEADS, ROLE_MODIFIERS, SAME_WORD, THINK_TANK_WORDS } from "./words";

// Descriptions that identify one person without naming them. Under the
// Chatham House rule the test is whether a reader could tell who spoke, and
// "the Swedish defence minister" does that as surely as a name when only one
// participant is a Swedish minister of defence.
//
// A description is a head noun (a role: "minister", "ambassador",
// "professor"; or a kind of organization: "university", "ministry") with what
// narrows it: a country in any of its forms ("Swedish", "Sweden's", "the
// U.S."), modifiers ("defence", "deputy", "former") and a qualifier after it
// ("of defence", "to Bahrain", "of the Security Council"). Each must fit the
// participant: the role's head noun in their title (or honorific: "Prof."),
// the country among those their title and affiliation name, every modifier
// and qualifier word in their title or affiliation. The description is
// flagged only when exactly ONE participant fits — "one ambassador said" with
// three ambassadors present names nobody, and a description that fits nobody
// is about someone else. For a kind of organization the country is required
// ("the university" alone could be anyone's) and what counts is how many
// affiliations fit, not people.
//
// Not descriptions: plurals ("the ambassadors"), a role written before a
// name ("Ambassador Young" — the name rule's business), a role with no
// determiner, and "fellow"/"general"/"chair" used as ordinary words ("a
// fellow participant", "the general debate").

const canon = (w: string) => SAME_WORD[w] ?? w;
const titleWords = (s: string | null | undefined) => new Set(foldString(s ?? "").replace(/\./g, "").split(/[^\p{L}\p{N}'-]+/u).filter(Boolean).flatMap((w) => [canon(w), ...w.split("-").map(canon)]));

type Profile = {
  person: ProtectedPerson;
  roles: ReadonlySet<string>;
  kinds: ReadonlySet<string>;
  titleWords: ReadonlySet<string>;
  affiliationWords: ReadonlySet<string>;
  /** Title, affiliation and country words: what a qualifier may name. */
  vocabulary: ReadonlySet<string>;
  countries: ReadonlySet<string>;
  affiliationKey: string;
};

type Form = { country: string; words: string[]; code: boolean };

/** Ordinary words as heads when a noun follows them: "a fellow participant", "the general debate". */
const AMBIGUOUS_HEADS = new Set(["fellow", "general", "chair", "editor", "dean", "head", "founder"]);
const VERB_FOLLOWERS = new Set(["said", "says", "told", "put", "was", "is", "has", "had", "who", "whose", "and", "or", "but", "of", "for", "to", "at", "in", "on", "from", "with", "also", "then", "later", "herself", "himself", "themselves"]);
/** Adjectives that say more than one was there: "the other ambassador". */
const NOT_ONE = new Set(["other", "another", "second", "third", "next", "previous", "same", "each", "every", "any", "no"]);
const QUALIFIER_PREPOSITIONS = new Set(["of", "for", "to"]);
const MINOR = new Set(["the", "and", "a", "an", "of", "for", "on", "in", "to", "at", "de"]);

function profile(person: ProtectedPerson): Profile {
  const title = titleWords(person.positionTitle);
  const affiliation = titleWords(`${person.affiliation ?? ""} ${person.affiliationShortName ?? ""}`);
  const roles = new Set([...title].filter((w) => ROLE_HEADS.has(w)).map(canon));
  for (const h of titleWords(person.honorific)) if (HONORIFIC_ROLES[h]) roles.add(HONORIFIC_ROLES[h]);
  const kinds = new Set([...affiliation].filter((w) => KIND_HEADS.has(w)).map(canon));
  if ([...affiliation].some((w) => THINK_TANK_WORDS.has(w))) kinds.add("tank");
  const countryWords = (person.countries ?? []).flatMap((c) => c.forms.flatMap((f) => formWords(f).map((w) => w.toLowerCase())));
  return {
    person,
    roles,
    kinds,
    titleWords: title,
    affiliationWords: affiliation,
    vocabulary: new Set([...title, ...affiliation, ...countryWords]),
    countries: new Set((person.countries ?? []).map((c) => c.name)),
    affiliationKey: foldString(person.affiliation ?? "").trim(),
  };
}

function describeTitle(p: ProtectedPerson): string {
  return [p.positionTitle, p.affiliation].map((s) => (s ?? "").trim()).filter(Boolean).join(", ");
}

export function createDescriptionFinder(people: readonly ProtectedPerson[], isAllowedAffiliation: (folded: string) => boolean) {
  const profiles = people.map(profile);
  const vocabulary = new Set(profiles.flatMap((p) => [...p.vocabulary]));
  // Any word of a participant's title narrows a role too ("field coordinator"), but not the small ones.
  const titleVocabulary = new Set(profiles.flatMap((p) => [...p.titleWords]).filter((w) => w.length > 3 && !MINOR.has(w) && !ROLE_HEADS.has(w)));
  const forms = new Map<string, Form[]>();
  for (const p of people) {
    for (const c of p.countries ?? []) {
      for (const f of c.forms) {
        const code = isCountryCode(f);
        const ws = code ? [f.replace(/\./g, "")] : formWords(f);
        const key = code ? ws[0].toLowerCase() : ws[ws.length - 1];
        const list = forms.get(key) ?? [];
        if (!list.some((x) => x.country === c.name && x.words.join(" ") === ws.join(" "))) list.push({ country: c.name, words: ws, code });
        forms.set(key, list);
      }
    }
  }

  /** A country form whose last word is token j: its country and first token. */
  function countryEndingAt(tokens: Token[], folded: Folded, j: number): { country: string; first: number } | null {
    const t = tokens[j];
    for (const form of forms.get(t.word) ?? []) {
      if (form.code) {
        if (t.written.replace(/\./g, "") === form.words[0]) return { country: form.country, first: j };
        continue;
      }
      const n = form.words.length;
      if (j - n + 1 < 0) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const tok = tokens[j - n + 1 + k];
        ok = tok.word === form.words[k] && (k === n - 1 || (!tok.possessive && joined(folded, tok, tokens[j - n + 2 + k])));
      }
      // "Sudanese-American" is one token whose last part is a form.
      if (ok) return { country: form.country, first: j - n + 1 };
    }
    const parts = t.word.split("-");
    if (parts.length > 1) for (const form of forms.get(parts[parts.length - 1]) ?? []) if (!form.code && form.words.length === 1) return { country: form.country, first: j };
    return null;
  }

  return function findDescriptionHits(original: string, folded: Folded, tokens: Token[]): RawHit[] {
    if (profiles.length === 0) return [];
    const hits: RawHit[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const head = tokens[i];
      const headWord = canon(head.word);
      const isRole = ROLE_HEADS.has(head.word) || ROLE_HEADS.has(headWord);
      const isKind = !isRole && KIND_HEADS.has(headWord);
      if (!isRole && !isKind) continue;
      const next = tokens[i + 1];
      const nextJoined = next && joined(folded, head, next);
      // "Ambassador Young", "University Press": a title before a name, or part of one.
      if (nextJoined && next.capitalized && !head.possessive && !QUALIFIER_PREPOSITIONS.has(next.word)) continue;
      if (AMBIGUOUS_HEADS.has(head.word) && nextJoined && !head.possessive && !VERB_FOLLOWERS.has(next.word) && !/(?:ed|s)$/.test(next.word)) continue;

      // Leftwards: modifiers, a country, then a determiner or a country's possessive.
      let country: string | null = null;
      let opened = false;
      let start = head.start;
      const modifiers: string[] = [];
      for (let j = i - 1; j >= 0 && joined(folded, tokens[j], tokens[j + 1]); j--) {
        const t = tokens[j];
        const c: { country: string; first: number } | null = country ? null : countryEndingAt(tokens, folded, j);
        if (c) {
          country = c.country;
          start = tokens[c.first].start;
          if (t.possessive) {
            opened = true;
            break;
          }
          j = c.first;
          continue;
        }
        if (t.possessive) break;
        const w = canon(t.word);
        if (DESCRIPTION_DETERMINERS.has(w)) {
          opened = true;
          break;
        }
        if (ROLE_MODIFIERS.has(w) || ROLE_MODIFIERS.has(t.word) || (!t.capitalized && titleVocabulary.has(w))) {
          modifiers.push(w);
          start = t.start;
          continue;
        }
        // An adjective we cannot read ("the outspoken ambassador") neither narrows nor widens.
        if (!t.capitalized && /^[a-z]+$/.test(w) && !NOT_ONE.has(w) && j > 0 && joined(folded, tokens[j - 1], t) && DESCRIPTION_DETERMINERS.has(tokens[j - 1].word)) {
          opened = true;
          break;
        }
        break;
      }
      if (!opened) continue;
      if (isKind && (!country || EVERY_COUNTRY_HAS_ONE.has(headWord))) continue;

      // Rightwards: "of defence", "to Bahrain", "of the Security Council".
      let end = head.end;
      const qualifiers: string[] = [];
      let unknownQualifier = false;
      if (!head.possessive && nextJoined && QUALIFIER_PREPOSITIONS.has(next.word)) {
        let prev = next;
        for (let m = i + 2; m < tokens.length && m < i + 9 && joined(folded, prev, tokens[m]); m++) {
          const t = tokens[m];
          prev = t;
          const w = canon(t.word);
          if (MINOR.has(w)) continue;
          if (t.capitalized || vocabulary.has(w)) {
            qualifiers.push(w);
            end = t.end;
            if (t.possessive) break;
            continue;
          }
          if (qualifiers.length === 0) unknownQualifier = true;
          break;
        }
      }
      if (unknownQualifier) continue;

      const fits = profiles.filter((p) => {
        if (country && !p.countries.has(country)) return false;
        if (isRole) {
          if (!p.roles.has(headWord)) return false;
          if (!modifiers.every((m) => p.titleWords.has(m))) return false;
        } else {
          if (headWord === "tank" ? !p.kinds.has("tank") : !p.kinds.has(headWord)) return false;
          if (!modifiers.every((m) => p.affiliationWords.has(m) || p.titleWords.has(m) || (headWord === "tank" && m === "think"))) return false;
          if (isAllowedAffiliation(p.affiliationKey)) return false;
        }
        return qualifiers.every((q) => p.vocabulary.has(q));
      });
      const written = original.slice(start, end);
      if (isRole) {
        if (fits.length !== 1) continue;
        const p = fits[0].person;
        hits.push({
          start,
          end,
          kind: "identifying description",
          reason: `Describes ${personFullName(p)} (${describeTitle(p)}), ${partPhrase(p)}: no other participant fits “${written}”`,
        });
      } else {
        const affiliations = new Set(fits.map((p) => p.affiliationKey));
        if (affiliations.size !== 1) continue;
        const holders = fits.map((p) => personFullName(p.person));
        hits.push({
          start,
          end,
          kind: "identifying description",
          reason: `Describes ${fits[0].person.affiliation}, the affiliation of ${holders.join(" and ")}, ${holders.length === 1 ? partPhrase(fits[0].person) : "participants at this event"}: no other participant’s organization fits “${written}”`,
        });
      }
    }
    return hits;
  };
}
