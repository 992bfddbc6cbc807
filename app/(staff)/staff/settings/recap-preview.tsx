"use client";

import { draftRecap, type RecapDraftInput } from "@/lib/recaps/draft";
import { DEFAULT_INSTITUTE } from "@/lib/settings/institute";
import { RECAP_PHRASING_FIELDS } from "@/lib/settings/schema";

// Three events as the institute holds them, drafted by the same function as
// "Draft from the event" (lib/recaps/draft.ts), with the words being typed.
const SAMPLES: { label: string; input: Omit<RecapDraftInput, "institute"> }[] = [
  {
    label: "On the record, cohosted",
    input: {
      event: { title: "Human Rights and the 2030 Agenda", subtitle: "The thirteenth annual Trygve Lie Symposium", startsAt: new Date("2026-09-26T16:00:00Z"), timeZone: "America/New_York", attribution: "on_record", format: "symposium" },
      cohosts: ["Norwegian Ministry of Foreign Affairs"],
      speakers: [
        { givenName: "Ine", familyName: "Eriksen Søreide", honorific: null, positionTitle: "Minister of Foreign Affairs of Norway", affiliation: null, role: "speaker", position: 0 },
        { givenName: "Adam", familyName: "Lupel", honorific: null, positionTitle: "Vice President", affiliation: "International Peace Institute", role: "moderator", position: 0 },
      ],
    },
  },
  {
    label: "Under the Chatham House rule",
    input: {
      event: { title: "Financing Peace in the Sahel", startsAt: new Date("2026-10-14T13:00:00Z"), timeZone: "Europe/Vienna", attribution: "chatham_house", format: "roundtable" },
      cohosts: [],
      speakers: [],
    },
  },
  {
    label: "Off the record",
    input: {
      event: { title: "Security Council Dynamics", startsAt: new Date("2026-11-03T23:00:00Z"), timeZone: "America/New_York", attribution: "off_record", format: "dinner" },
      cohosts: [],
      speakers: [],
    },
  },
];

/** What a new first draft says with these words. A blank phrase drafts with the default, as a saved blank would be refused. */
export function RecapPreview({ words }: { words: Record<string, string> }) {
  const phrasing = Object.fromEntries(RECAP_PHRASING_FIELDS.map((k) => [k, words[k]?.trim() ?? ""]).filter(([, w]) => w));
  const institute = { ...DEFAULT_INSTITUTE, name: words.name?.trim() || DEFAULT_INSTITUTE.name, shortName: words.shortName?.trim() || DEFAULT_INSTITUTE.shortName, recapPhrasing: phrasing };
  return (
    <section aria-labelledby="recap-preview-heading" className="min-w-0 self-start rounded-md border border-line bg-surface p-4 xl:sticky xl:top-4">
      <h3 id="recap-preview-heading" className="text-sm font-semibold text-ink">
        Preview of a first draft
      </h3>
      <div aria-live="polite" className="mt-3 space-y-4">
        {SAMPLES.map((s) => (
          <figure key={s.label} className="space-y-1">
            <figcaption className="text-xs font-medium uppercase tracking-wide text-muted">{s.label}</figcaption>
            <pre data-testid="recap-preview" className="whitespace-pre-wrap break-words rounded-sm border border-line bg-paper p-3 font-serif text-sm leading-relaxed text-ink">
              {draftRecap({ ...s.input, institute }).trim()}
            </pre>
          </figure>
        ))}
      </div>
    </section>
  );
}
