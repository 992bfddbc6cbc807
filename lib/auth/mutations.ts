import "server-only";
import { ne } from "drizzle-orm";
import { sessions } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";

/**
 * Ends every staff session except the acting admin's own, on every device.
 * Sessions live in the database, so changing AUTH_SECRET does not end them:
 * this does. The admin keeps theirs so the one person who can manage staff
 * is never locked out by a mail outage, and sees the result at once; if
 * their own session may be the stolen one, their own "Sign out" ends it.
 * Matched by person, not by cookie, so it holds however session tokens are stored.
 */
export async function signOutEveryoneElse(db: Db, actor: Extract<Actor, { kind: "staff" }>): Promise<{ sessions: number; people: number }> {
  return db.transaction(async (tx) => {
    const ended = await tx.delete(sessions).where(ne(sessions.userId, actor.id)).returning({ userId: sessions.userId });
    const people = new Set(ended.map((e) => e.userId)).size;
    await recordAudit(tx, actor, {
      action: "staff.signed_out_everyone",
      entityType: "session",
      entityId: "all",
      after: { sessionsEnded: ended.length, peopleSignedOut: people, kept: "the acting admin's own sessions" },
    });
    return { sessions: ended.length, people };
  });
}
