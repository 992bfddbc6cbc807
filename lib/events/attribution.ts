import { ATTRIBUTIONS } from "@/db/enum-values";

export { ATTRIBUTIONS };
export type Attribution = (typeof ATTRIBUTIONS)[number];

export function attributionLabel(a: Attribution): string {
  switch (a) {
    case "on_record":
      return "On the record";
    case "chatham_house":
      return "Chatham House rule";
    case "off_record":
      return "Off the record";
    default:
      return a satisfies never;
  }
}

/** The one-line explanation shown beside the badge and read by screen readers. */
export function attributionExplanation(a: Attribution): string {
  switch (a) {
    case "on_record":
      return "On the record: remarks may be quoted and attributed to the speaker.";
    case "chatham_house":
      return "Held under the Chatham House rule: participants may use the information received, but may not reveal the identity or affiliation of any speaker or participant.";
    case "off_record":
      return "Off the record: nothing said may be reported, quoted or attributed.";
    default:
      return a satisfies never;
  }
}

/** Lower-case phrase for sentences: "on the record", "under the Chatham House rule". */
export function attributionPhrase(a: Attribution): string {
  switch (a) {
    case "on_record":
      return "on the record";
    case "chatham_house":
      return "under the Chatham House rule";
    case "off_record":
      return "off the record";
    default:
      return a satisfies never;
  }
}

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
