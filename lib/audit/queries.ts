import "server-only";
import { desc, eq } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import type { Db } from "@/db/types";

/** Everything that happened to an event and its programme and guests, newest first. */
export async function listEventHistory(db: Db, eventId: string, limit = 200) {
  return db.select().from(auditLog).where(eq(auditLog.eventId, eventId)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(limit);
}
