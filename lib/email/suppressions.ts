import { inArray, sql } from "drizzle-orm";
import { emailSuppressions } from "@/db/schema";
import type { Db } from "@/db/types";

export type SuppressionReason = "bounced" | "complained" | (string & {});

function normalise(email: string): string {
  return email.trim().toLowerCase();
}

/** Stops all further email to an address. The first reason recorded stands. */
export async function suppressAddress(db: Db, email: string, reason: SuppressionReason): Promise<void> {
  await db.insert(emailSuppressions).values({ email: normalise(email), reason }).onConflictDoNothing({ target: emailSuppressions.email });
}

export async function isSuppressed(db: Db, email: string): Promise<boolean> {
  return (await suppressionReasons(db, [email])).size > 0;
}

/** Suppression reasons by lower-cased address, for the addresses given that are suppressed. */
export async function suppressionReasons(db: Db, emails: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(emails.map(normalise))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ email: sql<string>`lower(${emailSuppressions.email})`, reason: emailSuppressions.reason })
    .from(emailSuppressions)
    .where(inArray(sql`lower(${emailSuppressions.email})`, wanted));
  return new Map(rows.map((r) => [r.email, r.reason]));
}
