import { ATTRIBUTIONS } from "@/db/enum-values";

export { ATTRIBUTIONS };
export type Attribution = (typeof ATTRIBUTIONS)[number];

const ATTRIBUTION_LABELS: Record<Attribution, string> = { on_record: "On the record", chatham_house: "Chatham House rule", off_record: "Off the record" };
export const attributionLabel = (a: Attribution): string => ATTRIBUTION_LABELS[a];

/** The one-line explanation shown beside the badge and read by screen readers. */
const ATTRIBUTION_EXPLANATIONS: Record<Attribution, string> = {
  on_record: "On the record: remarks may be quoted and attributed to the speaker.",
  chatham_house: "Held under the Chatham House rule: participants may use the information received, but may not reveal the identity or affiliation of any speaker or participant.",
  off_record: "Off the record: nothing said may be reported, quoted or attributed.",
};
export const attributionExplanation = (a: Attribution): string => ATTRIBUTION_EXPLANATIONS[a];

/** Lower-case phrase for sentences: "on the record", "under the Chatham House rule". */
const ATTRIBUTION_PHRASES: Record<Attribution, string> = { on_record: "on the record", chatham_house: "under the Chatham House rule", off_record: "off the record" };
export const attributionPhrase = (a: Attribution): string => ATTRIBUTION_PHRASES[a];

export type AgendaAttribution = { title: string; attribution: Attribution | null };

/**
 * Where agenda items differ from the event's rule, one sentence that says so:
 * "Opening remarks on the record; discussion under the Chatham House rule."
 * Returns null when every item follows the event.
 */
export function agendaAttributionNote(eventAttribution: Attribution, items: readonly AgendaAttribution[]): string | null {
  if (!items.some((i) => i.attribution !== null && i.attribution !== eventAttribution)) return null;
  const parts = items.map((i, index) => {
    const title = index === 0 ? i.title : i.title.charAt(0).toLowerCase() + i.title.slice(1);
    return `${title} ${attributionPhrase(i.attribution ?? eventAttribution)}`;
  });
  return `${parts.join("; ")}.`;
}
