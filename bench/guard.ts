// The Chatham House guard runs in the editor as staff type, so it must stay
// fast: a 3 000-word recap checked against 60 participants, every field, in
// under 50 ms. Run: npx tsx --tsconfig bench/tsconfig.json bench/guard.ts
// (no database, no server). Prints the median, 95th percentile and worst of
// 60 runs after a warm-up, and the one-off cost on the server of finding the
// participants' countries. Tests never assert on speed; this is where it is
// measured.
import { performance } from "node:perf_hooks";
import { findAttributionHits } from "@/lib/recaps/guard/attribution-guard";
import { withCountries } from "@/lib/recaps/guard/countries";
import type { ProtectedPerson } from "@/lib/recaps/guard/types";
import { CORPUS_ALLOWED_NAMES, CORPUS_PEOPLE, GUARD_CORPUS } from "@/lib/recaps/guard-corpus";
import { ROUNDTABLE_RECAP } from "@/lib/recaps/test-fixtures";

const GIVEN = ["Amina", "Bjørn", "Chidi", "Dorothea", "Émile", "Farah", "Gustavo", "Hiroshi", "Ingrid", "Jamal", "Katarzyna", "Lars"];
const FAMILY = ["Okonkwo", "Van der Berg", "Nakamura-Lind", "Ferreira", "Al-Sayed", "Kowalczyk", "Haugland", "Mbeki", "Sørensen", "Delacroix", "Rahimi", "Castellanos"];
const TITLES = ["Ambassador to the United Nations", "Minister of Foreign Affairs", "Senior Fellow", "Director of Research", "Professor of Economics", "Deputy Permanent Representative", "Programme Officer", "State Secretary", "Special Envoy for the Sahel", "Policy Analyst"];
const AFFILIATIONS = ["Norway", "Ghana", "Brazil", "Japan", "Permanent Mission of Indonesia", "Ministry of Foreign Affairs of Finland", "University of Cape Town, South Africa", "Institute for Security Studies", "Stockholm International Peace Research Institute", "African Union Commission"];

function participants(): ProtectedPerson[] {
  const people: ProtectedPerson[] = [...CORPUS_PEOPLE];
  for (let i = 0; people.length < 60; i++) {
    people.push({
      honorific: i % 3 === 0 ? "H.E. Mr." : i % 3 === 1 ? "Dr." : "Ms.",
      givenName: GIVEN[i % GIVEN.length],
      familyName: `${FAMILY[(i * 7) % FAMILY.length]}${i >= FAMILY.length ? ` ${FAMILY[i % FAMILY.length]}` : ""}`,
      positionTitle: TITLES[i % TITLES.length],
      affiliation: AFFILIATIONS[(i * 3) % AFFILIATIONS.length],
      part: i % 4 === 0 ? "speaker" : "guest",
    });
  }
  return people;
}

function recapOf(words: number): string {
  const sentences = [...ROUNDTABLE_RECAP.split(/(?<=\.)\s+/), ...GUARD_CORPUS.map((s) => s.text)];
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const s = sentences[(i * 13) % sentences.length];
    parts.push(i % 6 === 5 ? `${s}\n\n` : s);
    count += s.split(/\s+/).length;
  }
  return parts.join(" ");
}

const t0 = performance.now();
const people = withCountries(participants());
const countriesMs = performance.now() - t0;
const t1 = performance.now();
withCountries(participants());
const countriesWarmMs = performance.now() - t1;

const body = recapOf(3000);
const input = {
  texts: [
    { field: "title", text: "Protection, Participation and the Sahel: A Roundtable" },
    { field: "body", text: body },
    { field: "caption:p1", text: "Participants in the second session" },
    { field: "link:l1", text: "Read the Background Paper" },
  ],
  people,
  allowedNames: CORPUS_ALLOWED_NAMES,
};

/** Median, 95th percentile and worst of 60 runs after 10 to warm up. */
function measure(run: () => number): { median: number; p95: number; worst: number; hits: number } {
  for (let i = 0; i < 10; i++) run();
  const times: number[] = [];
  let hits = 0;
  for (let i = 0; i < 60; i++) {
    const s = performance.now();
    hits = run();
    times.push(performance.now() - s);
  }
  times.sort((a, b) => a - b);
  return { median: times[30], p95: times[Math.floor(times.length * 0.95)], worst: times[times.length - 1], hits };
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
// As the editor types: the same people and names each time (their patterns are built once).
const typing = measure(() => findAttributionHits(input).length);
// The first check of a page, or the server's at publishing: patterns built from scratch.
const first = measure(() => findAttributionHits({ ...input, people: [...input.people], allowedNames: [...input.allowedNames] }).length);
const words = body.split(/\s+/).length;
console.log(`guard: ${words} words, ${people.length} participants, ${typing.hits} findings (budget 50 ms)`);
for (const [label, r] of [
  ["as the editor types", typing],
  ["first check (patterns built)", first],
] as const) {
  console.log(`  ${label}: median ${ms(r.median)}, p95 ${ms(r.p95)}, worst ${ms(r.worst)}`);
}
console.log(`  countries of 60 participants (server, once per page): first ${ms(countriesMs)} incl. loading the data, then ${ms(countriesWarmMs)}`);
process.exitCode = typing.median < 50 && first.median < 50 ? 0 : 1;
