import { auditLog } from "@/db/schema";
import type { Db } from "@/db/types";

export type Actor = { kind: "staff"; id: string; label: string } | { kind: "guest"; label: string } | { kind: "system"; label: string };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string;
  eventId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
};

/** Written in the same transaction as the change it describes. */
export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
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
  });
}
