import { describe, expect, it } from "vitest";
import { findAttributionHits } from "./guard/attribution-guard";
import { withCountries } from "./guard/countries";
import { CORPUS_ALLOWED_NAMES, CORPUS_PEOPLE, GUARD_CORPUS } from "./guard-corpus";

// The guard's second round, scored: every sentence of guard-corpus.ts is
// checked against the corpus's participants. Recall is the share of sentences
// that should be flagged and are; the false-alarm rate the share of clean
// sentences that are flagged anyway.

const people = withCountries(CORPUS_PEOPLE);
const guard = (text: string) => findAttributionHits({ texts: [{ field: "body", text }], people, allowedNames: CORPUS_ALLOWED_NAMES });

describe("the Chatham House guard on its corpus", () => {
  const results = GUARD_CORPUS.map((s) => ({ ...s, hits: guard(s.text) }));
  const positives = results.filter((r) => r.flag);
  const negatives = results.filter((r) => !r.flag);
  const caught = positives.filter((r) => r.hits.length > 0);
  const falseAlarms = negatives.filter((r) => r.hits.length > 0);
  const recall = caught.length / positives.length;
  const falseAlarmRate = falseAlarms.length / negatives.length;

  it("has at least 60 sentences, positive and negative in every category", () => {
    expect(GUARD_CORPUS.length).toBeGreaterThanOrEqual(60);
    for (const category of new Set(GUARD_CORPUS.map((s) => s.category))) {
      if (category === "ordinary prose") continue;
      expect(GUARD_CORPUS.some((s) => s.category === category && s.flag), category).toBe(true);
      expect(GUARD_CORPUS.some((s) => s.category === category && !s.flag), category).toBe(true);
    }
  });

  it("catches at least 95 % of the slips and raises at most 5 % false alarms", () => {
    const lines = [
      `guard corpus: ${results.length} sentences (${positives.length} to flag, ${negatives.length} clean)`,
      `recall ${(recall * 100).toFixed(1)} % (${caught.length}/${positives.length}), false alarms ${(falseAlarmRate * 100).toFixed(1)} % (${falseAlarms.length}/${negatives.length})`,
      ...positives.filter((r) => r.hits.length === 0).map((r) => `  missed [${r.category}]: ${r.text}`),
      ...falseAlarms.map((r) => `  false alarm [${r.category}]: ${r.text} -> ${r.hits.map((h) => `“${h.text}” (${h.kind}: ${h.reason})`).join(", ")}`),
    ];
    console.log(lines.join("\n"));
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(falseAlarmRate).toBeLessThanOrEqual(0.05);
  });

  it("gives each caught slip the kind it is, with a reason in words", () => {
    const wrong = positives
      .filter((r) => r.hits.length > 0 && r.kind && !r.hits.some((h) => h.kind === r.kind))
      .map((r) => `${r.text} -> ${r.hits.map((h) => h.kind).join(", ")} (expected ${r.kind})`);
    expect(wrong).toEqual([]);
    for (const r of positives) for (const h of r.hits) expect(h.reason.length).toBeGreaterThan(20);
  });
});
