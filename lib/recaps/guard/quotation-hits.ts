import { foldString } from "./accent-folding";
import type { RawHit } from "./types";
import {
  HONORIFICS,
  INSTITUTION_WORDS,
  INVERTED_SPEECH_VERBS,
  LEADING_WORDS,
  NAME_PARTICLES,
  NEUTRAL_SUBJECTS,
  NOT_BEFORE_SPEAKER,
  PASSIVE_SPEECH_VERBS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from "./words";

// Under the Chatham House rule what was said may be reported, never who said
// it. So any remark attributed to a named speaker is a hit, whether or not
// that person is on the event's list: "“…,” said Taylor", "Taylor noted
// that", "according to Taylor", "a point made by Taylor". Neutral subjects
// pass ("participants noted", "one speaker said", "a minister argued", "The
// Minister said"), as do institutions and documents ("the Security Council
// stressed", "Resolution 1325 notes", "UN Women argued") and the allowed
// names (co-hosts, the institute). A country as speaker ("Norway argued") is
// a hit: it tells which delegation spoke.

const TOKEN = String.raw`(?:\p{Lu}\.(?:[ \t]?\p{Lu}\.)*|(?:Mr|Mrs|Ms|Dr|Prof|Gen|Lt|Col|Maj|Amb|Hon|Rev|Sr|Jr|St|Capt|Adm|Sen|Rep|Gov|Mme|Mlle)\.|\p{Lu}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*)`;
const PARTICLE = `(?:${[...NAME_PARTICLES].join("|")})`;
const RUN = String.raw`${TOKEN}(?:[ \t]+(?:${PARTICLE}[ \t]+)*${TOKEN}){0,6}`;
const START = String.raw`(?<![\p{L}\p{M}\p{N}'’.-])`;
const END = String.raw`(?![\p{L}\p{M}\p{N}])`;
const EMPHASIS = "[*_]{0,3}";

// In title case ("Taylor Warns of …") the verb is capitalized too; only
// verbs that are not also common nouns may be ("Remarks", "Notes",
// "Highlights", "States" may not).
const TITLE_CASE_VERBS = new Set(["said", "says", "told", "tells", "warned", "warns", "argued", "argues", "urged", "urges", "stressed", "stresses", "explained", "explains", "insisted", "insists"]);

function verbPattern(verbs: readonly string[]): string {
  return [...verbs]
    .sort((a, b) => b.length - a.length)
    .map((v) => {
      const body = v.replace(/ /g, "[ \\t]+");
      return TITLE_CASE_VERBS.has(v) ? `[${v[0]}${v[0].toUpperCase()}]${body.slice(1)}` : body;
    })
    .join("|");
}

const ADVERB = "(?:also|further|then|later|had|has|have|once|again|repeatedly|rightly|memorably|famously|similarly|however|too|firmly|strongly|clearly)";
// Not "was": "the Ross Sea was mentioned", "Taylor was asked" are passives, the name no speaker.
// An appositive between name and verb: "Karen Pierce, Permanent Representative of the United Kingdom, said".
const APPOSITIVE = String.raw`(?:[^.;:!?"“”\n]|(?<=\p{Lu})\.){1,160}?`;

type Shape = { regex: RegExp; checkBefore: boolean };

const SHAPES: Shape[] = [
  {
    // Taylor said / Taylor, IPI's senior fellow, noted that / Taylor also argued
    regex: new RegExp(
      String.raw`${START}(?<name>${RUN})${EMPHASIS}(?:[ \t]*,${APPOSITIVE},)?[ \t]+(?:${ADVERB}[ \t]+)?(?:${verbPattern(SPEECH_VERBS)})${END}`,
      "dgu",
    ),
    checkBefore: true,
  },
  {
    // “…,” said Taylor / …, added Taylor
    regex: new RegExp(String.raw`(?:[,”"’]|[—–])[ \t]*${EMPHASIS}(?:${verbPattern(INVERTED_SPEECH_VERBS)})[ \t]+${EMPHASIS}(?<name>${RUN})`, "dgu"),
    checkBefore: false,
  },
  {
    // according to Taylor / in the words of Taylor / as Taylor put it
    regex: new RegExp(String.raw`\b(?:[Aa]ccording[ \t]+to|[Ii]n[ \t]+the[ \t]+words[ \t]+of)[ \t]+${EMPHASIS}(?<name>${RUN})`, "dgu"),
    checkBefore: false,
  },
  { regex: new RegExp(String.raw`\b[Aa]s[ \t]+${EMPHASIS}(?<name>${RUN})${EMPHASIS}[ \t]+put[ \t]+it\b`, "dgu"), checkBefore: false },
  {
    // a point made by Taylor / as stressed by Taylor
    regex: new RegExp(String.raw`\b(?:${verbPattern(PASSIVE_SPEECH_VERBS)})[ \t]+by[ \t]+${EMPHASIS}(?<name>${RUN})`, "dgu"),
    checkBefore: false,
  },
  {
    // “…” — Taylor
    regex: new RegExp(String.raw`[”"][ \t]*[—–-]{1,2}[ \t]*${EMPHASIS}(?<name>${RUN})`, "dgu"),
    checkBefore: false,
  },
];

const isNeutral = (w: string) => NEUTRAL_SUBJECTS.has(w) || (w.endsWith("s") && NEUTRAL_SUBJECTS.has(w.slice(0, -1)));
const isAcronym = (token: string) => /^[\p{Lu}\p{N}&.]{2,}$/u.test(token);

/**
 * The named speaker inside a matched run of capitalized words, or null when
 * the run names nobody: "However Taylor" -> "Taylor"; "Participants" -> null.
 */
function speakerIn(run: string, runStart: number, isAllowed: (folded: string) => boolean, checkPossessive: boolean): { start: number; end: number; name: string } | null {
  const tokens = [...run.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: runStart + m.index, key: foldString(m[0]).replace(/\./g, "").replace(/['’]s$/, "") }));
  while (tokens.length > 1 && LEADING_WORDS.has(tokens[0].key)) tokens.shift();
  if (tokens.length === 1 && LEADING_WORDS.has(tokens[0].key) && !/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(tokens[0].key)) return null;
  // "The Security Council", "The Minister": an institution or a role, unless "The Honorable …".
  if (tokens[0].key === "the" && !/^(honorable|honourable|hon)$/.test(tokens[1]?.key ?? "")) return null;
  // "Søreide’s remarks" is a noun phrase, not a speaker and a verb.
  if (/['’]s$/.test(tokens[tokens.length - 1].text) && checkPossessive) return null;
  const meaningful = tokens.filter((t) => !NAME_PARTICLES.has(t.key) && !HONORIFICS.has(t.key) && !TITLE_WORDS.has(t.key) && !isNeutral(t.key) && t.key !== "the");
  if (meaningful.length === 0) return null;
  if (meaningful.every((t) => isAcronym(t.text))) return null;
  if (INSTITUTION_WORDS.has(tokens[tokens.length - 1].key)) return null;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  const written = run.slice(first.start - runStart, last.start - runStart + last.text.length);
  if (isAllowed(foldString(written))) return null;
  // Staff read "Terje Rød-Larsen", not "IPI President Terje Rød-Larsen".
  const named = meaningful.find((t) => !isAcronym(t.text)) ?? meaningful[0];
  const name = run.slice(named.start - runStart, last.start - runStart + last.text.length);
  return { start: first.start, end: last.start + last.text.length, name };
}

function wordBefore(text: string, index: number): string {
  const m = /([\p{L}]+)[ \t]*$/u.exec(text.slice(Math.max(0, index - 40), index));
  return m ? m[1].toLowerCase() : "";
}

export function findQuotationHits(text: string, isAllowed: (folded: string) => boolean): RawHit[] {
  const hits: RawHit[] = [];
  for (const shape of SHAPES) {
    shape.regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = shape.regex.exec(text))) {
      const run = match.groups?.name ?? "";
      const runStart = match.indices?.groups?.name?.[0] ?? match.index;
      const speaker = shape.checkBefore && NOT_BEFORE_SPEAKER.has(wordBefore(text, runStart)) ? null : speakerIn(run, runStart, isAllowed, shape.checkBefore);
      if (!speaker) {
        // Try again from the run's next word: "On Tuesday, the panel, chaired by Taylor, said".
        shape.regex.lastIndex = runStart + (/^\S+/.exec(run)?.[0].length ?? 1);
        continue;
      }
      // The hit runs from the first word of the attribution ("said", "according", the name) to its last.
      const firstLetter = match.index + Math.max(0, match[0].search(/\p{L}/u));
      const start = shape.checkBefore ? speaker.start : firstLetter;
      const end = match.index + match[0].length;
      hits.push({
        start,
        end,
        kind: "quotation",
        reason: `Attributes what was said to ${speaker.name}; report the point without saying who made it`,
        speaker: speaker.name,
      });
    }
  }
  return hits;
}
