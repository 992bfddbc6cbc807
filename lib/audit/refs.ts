// Which records a history entry mentions by id, so their names can be stored
// with the entry when it is written and looked up for entries written before.
// Pure: the same rules on the way in (record.ts) and on the way out (queries.ts).

import { isUuid } from "@/lib/ids";

export type RefKind = "venue" | "organization" | "program" | "person" | "invitation" | "speaker" | "agenda_item" | "event";

export type Ref = { kind: RefKind; id: string };

/** The entry's own subject, by the kind of record it is about. */
const ENTITY_KINDS: Record<string, RefKind> = {
  invitation: "invitation",
  event_speaker: "speaker",
  person: "person",
  agenda_item: "agenda_item",
  venue: "venue",
  organization: "organization",
  program: "program",
};

/** Fields of before/after that hold ids, and what they point at. */
const FIELD_KINDS: Record<string, RefKind> = {
  venueId: "venue",
  programId: "program",
  cohostIds: "organization",
  personId: "person",
  delegateInvitationId: "invitation",
  invitationIds: "invitation",
  from: "event",
  mergedInto: "person",
};


export function refKindOfField(field: string): RefKind | undefined {
  return FIELD_KINDS[field];
}

export type EntryWithRefs = { entityType: string; entityId: string; before?: unknown; after?: unknown };

export function refsOf(entry: EntryWithRefs): Ref[] {
  const refs: Ref[] = [];
  const subject = ENTITY_KINDS[entry.entityType];
  if (subject && isUuid(entry.entityId)) refs.push({ kind: subject, id: entry.entityId });
  for (const data of [entry.before, entry.after]) {
    if (!data || typeof data !== "object" || Array.isArray(data)) continue;
    for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
      const kind = FIELD_KINDS[field];
      if (!kind) continue;
      for (const id of Array.isArray(value) ? value : [value]) if (isUuid(id)) refs.push({ kind, id });
    }
  }
  const seen = new Set<string>();
  return refs.filter((r) => {
    const key = `${r.kind}:${r.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What a name that can no longer be found is called, by kind. */
const GONE_LABELS: Record<RefKind, string> = {
  venue: "a venue since deleted", organization: "an organization since deleted", program: "a programme area since deleted", person: "a person since deleted",
  invitation: "a guest since taken off the list", speaker: "a speaker since removed", agenda_item: "an agenda item since removed", event: "an event since deleted",
};
export const goneLabel = (kind: RefKind): string => GONE_LABELS[kind];
