"use client";

import { CircleAlert, ShieldCheck } from "lucide-react";
import type { AttributionHit, AttributionHitKind } from "@/lib/recaps/guard/attribution-guard";
import { guardFieldLabel, type GuardScope } from "@/lib/recaps/publish-checks";

/** What each kind of finding is, in a word or two, before its reason. */
const KIND_LABEL: Record<AttributionHitKind, string> = {
  name: "Name",
  "given name": "Given name",
  "possible misspelling": "Possible misspelling",
  affiliation: "Affiliation",
  "affiliation acronym": "Affiliation acronym",
  "identifying description": "Identifying description",
  quotation: "Quotation",
  "named non-participant": "Named non-participant",
};

/** Where each finding is, and why it blocks publishing, with a way to get to it. */
export function GuardFindings({
  scope,
  hits,
  peopleCount,
  context,
  onFind,
}: {
  scope: GuardScope;
  hits: AttributionHit[];
  peopleCount: number;
  context: { photoIds: string[]; linkIds: string[] };
  onFind: (hit: AttributionHit) => void;
}) {
  if (!scope.chathamHouse) return null;
  if (hits.length === 0) {
    return (
      <section aria-labelledby="guard-heading" className="flex items-start gap-3 rounded-md border border-success/30 bg-success-tint/60 px-4 py-3 text-sm">
        <ShieldCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-success" />
        <div>
          <h2 id="guard-heading" className="font-semibold text-success">
            Chatham House check: nobody is named
          </h2>
          <p className="mt-0.5 text-ink">
            {scope.reason} The title, text, topics, photo captions, alt text and link titles were checked against {peopleCount} {peopleCount === 1 ? "speaker or guest" : "speakers and guests"}.
          </p>
        </div>
      </section>
    );
  }
  return (
    <section aria-labelledby="guard-heading" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint/70 px-4 py-3 text-sm">
      <h2 id="guard-heading" className="flex items-center gap-2 font-semibold text-danger">
        <CircleAlert aria-hidden="true" className="size-4" />
        Publishing is blocked: {hits.length} {hits.length === 1 ? "finding" : "findings"} under the Chatham House rule
      </h2>
      <p className="mt-1 text-ink">{scope.reason} Rewrite each passage so that nobody can tell who said what or who took part: “one participant noted”, “speakers argued”.</p>
      <ul className="mt-3 divide-y divide-danger/15" aria-label="Findings">
        {hits.map((hit, i) => (
          <li key={`${hit.field}-${hit.start}-${i}`} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
            <div className="min-w-0">
              <p className="text-ink">
                <mark className="guard-hit">{hit.text}</mark> <span className="text-muted">in {guardFieldLabel(hit.field, context)}</span>
              </p>
              <p className="text-[13px] text-muted">
                <span className="font-medium text-ink">{KIND_LABEL[hit.kind]}:</span> {hit.reason}
              </p>
            </div>
            <button type="button" onClick={() => onFind(hit)} className="shrink-0 self-start text-[13px] font-medium text-danger underline underline-offset-4 hover:decoration-2">
              Show<span className="sr-only"> “{hit.text}” in {guardFieldLabel(hit.field, context)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
