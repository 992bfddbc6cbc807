import type { Attribution } from "./attribution";

// Who may be named where, speaker by speaker. Under a mixed rule ("opening
// remarks on the record; discussion under the Chatham House rule") the
// opening speaker may be named and the discussants may not; what decides it
// is the agenda items each speaker is attached to. One rule for the public
// page and for the recap's Chatham House guard, so the two never disagree.

export type RuleAgendaItem = { id: string; attribution: Attribution | null };

/**
 * The attributions a speaker spoke under: those of the items they are
 * attached to (an item without its own follows the event). A speaker attached
 * to nothing may have spoken anywhere: every attribution of the event and its
 * items counts.
 */
export function speakerAttributions(eventAttribution: Attribution, items: readonly RuleAgendaItem[], speakerItemIds: readonly string[]): Attribution[] {
  const own = (i: RuleAgendaItem) => i.attribution ?? eventAttribution;
  const attached = items.filter((i) => speakerItemIds.includes(i.id));
  const spoken = attached.length ? attached.map(own) : [eventAttribution, ...items.map(own)];
  return [...new Set(spoken)];
}

/** Whether the Chatham House rule protects this speaker's identity: they spoke in a part held under it. */
export function speakerUnderTheRule(eventAttribution: Attribution, items: readonly RuleAgendaItem[], speakerItemIds: readonly string[]): boolean {
  return speakerAttributions(eventAttribution, items, speakerItemIds).includes("chatham_house");
}

export type PublicNamingContext = {
  attribution: Attribution;
  /** Staff's choice to announce speakers under the Rule before the event. */
  announceSpeakers: boolean;
  isPast: boolean;
  agendaItems: readonly RuleAgendaItem[];
};

/**
 * Whether the public page may name a speaker. One who spoke only outside the
 * Rule is named, before the event and after. One under the Rule is named only
 * before the event, and only when staff chose to announce the speakers
 * (they agreed to it); afterwards never, as the recap may not name them.
 */
export function speakerNamedPublicly(ctx: PublicNamingContext, speakerItemIds: readonly string[]): boolean {
  if (!speakerUnderTheRule(ctx.attribution, ctx.agendaItems, speakerItemIds)) return true;
  return !ctx.isPast && ctx.announceSpeakers;
}

/** The speakers the public page names, in the order given. */
export function speakersNamedPublicly<S extends { agendaItemIds: readonly string[] }>(ctx: PublicNamingContext, speakers: readonly S[]): S[] {
  return speakers.filter((s) => speakerNamedPublicly(ctx, s.agendaItemIds));
}

/** Each agenda item's speakers the public page names, by item id, in the order given. */
export function namedSpeakersByItem<S extends { agendaItemIds: readonly string[] }>(ctx: PublicNamingContext, speakers: readonly S[]): Map<string, S[]> {
  const byItem = new Map<string, S[]>();
  for (const speaker of speakersNamedPublicly(ctx, speakers)) {
    for (const itemId of speaker.agendaItemIds) byItem.set(itemId, [...(byItem.get(itemId) ?? []), speaker]);
  }
  return byItem;
}
