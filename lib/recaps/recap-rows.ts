import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { auditLog, events, recaps } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import type { StaffRole } from "@/lib/auth/roles";
import { DomainError } from "@/lib/errors";
import { editRule } from "./workflow";

// Shared by the recap mutations: the staff member acting, the event and its
// recap locked for the length of the transaction.

/** Who is acting, with the role the workflow rules need. */
export type RecapStaff = { id: string; label: string; role: StaffRole };

export const actorOf = (staff: RecapStaff): Actor => ({ kind: "staff", id: staff.id, label: staff.label });

export type RecapRow = typeof recaps.$inferSelect;
export type EventRow = typeof events.$inferSelect;

export async function eventOrThrow(tx: Db, eventId: string): Promise<EventRow> {
  const [event] = await tx.select().from(events).where(eq(events.id, eventId));
  if (!event) throw new DomainError("This event no longer exists.");
  return event;
}

/** The event's recap, locked; null when nobody has written one yet. */
export async function lockRecap(tx: Db, eventId: string): Promise<RecapRow | null> {
  const [recap] = await tx.select().from(recaps).where(eq(recaps.eventId, eventId)).for("update");
  return recap ?? null;
}

export async function lockRecapOrThrow(tx: Db, eventId: string): Promise<RecapRow> {
  const recap = await lockRecap(tx, eventId);
  if (!recap) throw new DomainError("This event has no recap yet. Write it first.");
  return recap;
}

/**
 * The event's recap, locked, created on first use by whoever starts it (its
 * author). An off-the-record event's recap is an internal summary.
 */
export async function ensureRecap(tx: Db, staff: RecapStaff, event: EventRow): Promise<RecapRow> {
  const existing = await lockRecap(tx, event.id);
  if (existing) return existing;
  const [created] = await tx
    .insert(recaps)
    .values({ eventId: event.id, authorId: staff.id, programId: event.programId, internalOnly: event.attribution === "off_record" })
    .onConflictDoNothing({ target: recaps.eventId })
    .returning();
  if (!created) return (await lockRecap(tx, event.id)) as RecapRow;
  await recordAudit(tx, actorOf(staff), { action: "recap.created", entityType: "recap", entityId: created.id, eventId: event.id, after: { status: "draft", internalOnly: created.internalOnly } });
  return created;
}

/** The recap may change (not published, and the person is an editor or admin). */
export function assertEditable(recap: Pick<RecapRow, "status"> | null, staff: RecapStaff): void {
  const rule = editRule(recap, staff);
  if (!rule.ok) throw new DomainError(rule.message);
}

const EDIT_WINDOW_MS = 30 * 60_000;

/**
 * Autosave writes every few seconds; the history gets one "edited the recap"
 * per person per half hour of work, not one per save.
 */
export async function recordEdit(tx: Db, staff: RecapStaff, recap: RecapRow, now: Date): Promise<void> {
  const [last] = await tx
    .select({ action: auditLog.action, actorId: auditLog.actorId, at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, "recap"), eq(auditLog.entityId, recap.id)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(1);
  if (last && last.action === "recap.edited" && last.actorId === staff.id && now.getTime() - last.at.getTime() < EDIT_WINDOW_MS) return;
  await recordAudit(tx, actorOf(staff), { action: "recap.edited", entityType: "recap", entityId: recap.id, eventId: recap.eventId });
}
