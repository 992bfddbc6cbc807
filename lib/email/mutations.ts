import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { emailOutbox } from "@/db/schema";
import type { Db } from "@/db/types";
import { noteMailQueued } from "./mail-watch";

/**
 * Puts a failed email back in the queue with a fresh set of attempts.
 * False when there is no such email or it has not failed.
 */
export async function retryEmail(db: Db, id: string): Promise<boolean> {
  if (!z.uuid().safeParse(id).success) return false;
  const rows = await db
    .update(emailOutbox)
    // A new batch key: staff asked for a new send, not a replay of the failed one.
    .set({ status: "pending", attempts: 0, sendAfter: sql`now()`, batchKey: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "failed")))
    .returning({ id: emailOutbox.id });
  // Back in the queue: the action that asked delivers it as it does a new one.
  if (rows.length === 1) noteMailQueued();
  return rows.length === 1;
}
