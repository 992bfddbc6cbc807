import { auditLog } from "@/db/schema";
import type { Db } from "@/db/types";
import { lookUpLabels } from "./labels";
import { refsOf } from "./refs";

export type Actor = { kind: "staff"; id: string; label: string } | { kind: "guest"; label: string } | { kind: "system"; label: string };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  eventId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  /** Names for ids the entry mentions, when the caller already has them; the rest are looked up here. */
  labels?: Record<string, string>;
};

/**
 * Written in the same transaction as the change it describes, with the names
 * of the venues, co-hosts, guest or speaker it mentions as they are called
 * now: the history reads the same after they are renamed or deleted.
 */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  const given = entry.labels ?? {};
  const missing = refsOf(entry).filter((r) => !(r.id in given));
  const labels = { ...(missing.length ? await lookUpLabels(tx, missing) : {}), ...given };
  await tx.insert(auditLog).values({
    actorId: actor.kind === "staff" ? actor.id : null,
    actorLabel: actor.label,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    eventId: entry.eventId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    labels: Object.keys(labels).length ? labels : null,
  });
}
