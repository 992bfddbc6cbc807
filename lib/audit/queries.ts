import "server-only";
import { desc, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Db } from "@/db/types";
import { lookUpLabels } from "./labels";
import { refsOf, type Ref } from "./refs";

export type HistoryEntry = typeof auditLog.$inferSelect & {
  /** Names for every id the entry mentions that could be found: stored with the entry, or looked up now for entries written before names were stored. */
  names: Record<string, string>;
};

/** Everything that happened to an event and its programme and guests, newest first, with names for the ids it mentions. */
export async function listEventHistory(db: Db, eventId: string, limit = 200): Promise<HistoryEntry[]> {
  const rows = await db.select().from(auditLog).where(eq(auditLog.eventId, eventId)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
  const unnamed: Ref[] = rows.flatMap((row) => refsOf(row).filter((r) => !row.labels || !(r.id in row.labels)));
  const current = unnamed.length ? await lookUpLabels(db, unnamed) : {};
  return rows.map((row) => ({ ...row, names: { ...current, ...(row.labels ?? {}) } }));
}
