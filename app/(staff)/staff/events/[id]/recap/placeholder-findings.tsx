"use client";

import { CircleAlert } from "lucide-react";
import { PLACEHOLDER_ADVICE, type PlaceholderFinding } from "@/lib/recaps/publish-checks";

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, " ");
  return flat.length > 90 ? `${flat.slice(0, 88)}…]` : flat;
};

/** The first draft's bracketed instructions still in the text: listed while writing, each with a way to select it. */
export function PlaceholderFindings({ findings, onFind }: { findings: PlaceholderFinding[]; onFind: (finding: PlaceholderFinding) => void }) {
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="placeholder-heading" className="rounded-md border border-warning/50 border-l-4 border-l-warning bg-warning-tint/60 px-4 py-3 text-sm">
      <h2 id="placeholder-heading" className="flex items-center gap-2 font-semibold text-ink">
        <CircleAlert aria-hidden="true" className="size-4 text-warning" />
        {findings.length === 1 ? "1 placeholder from the first draft is still in the text" : `${findings.length} placeholders from the first draft are still in the text`}
      </h2>
      <p className="mt-1 text-ink">The recap cannot be submitted or published while a bracketed instruction is left in it: write your own words in its place.</p>
      <ul className="mt-3 divide-y divide-warning/20" aria-label="Placeholders to replace">
        {findings.map((finding) => (
          <li key={finding.start} className="flex flex-col gap-1 py-2 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
            <div className="min-w-0">
              <p className="text-ink">
                <mark className="guard-hit">{shorten(finding.text)}</mark> <span className="text-muted">in the text</span>
              </p>
              <p className="mt-1 text-[13px] text-muted">{PLACEHOLDER_ADVICE}</p>
            </div>
            <button type="button" onClick={() => onFind(finding)} className="shrink-0 self-start text-[13px] font-medium text-ink underline underline-offset-4 hover:decoration-2">
              Show<span className="sr-only"> the placeholder in the text</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
