import "server-only";
import { DrizzleAdapter } from "@auth/drizzle-adapter";
import { eq, sql } from "drizzle-orm";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { perDatabase } from "@/db/per-database";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import type { Db } from "@/db/types";
import { hashSessionToken } from "./tokens";

/**
 * The Auth.js adapter Convene signs staff in with. Sessions are stored under
 * the SHA-256 of their token, never the token itself: the cookie holds the
 * token, the database its hash, so a copied `sessions` row opens nothing
 * (presenting the hash as a cookie looks up the hash of the hash).
 * Verification tokens Auth.js already stores hashed with the secret.
 * Built once per database handle (Auth.js asks for its configuration, and so
 * for an adapter, on every request).
 */
export const authAdapter = perDatabase((db: Db): Adapter => {
  const adapter = DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
  // Every staff request asks for its session: the adapter's own query, prepared once (the same select and join).
  const sessionAndUser = db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.sessionToken, sql.placeholder("sessionToken")))
    .prepare("session_and_user");
  return withHashedSessions({
    ...adapter,
    async getSessionAndUser(sessionToken) {
      const [found] = await sessionAndUser.execute({ sessionToken });
      return found ? { session: found.session, user: found.user as AdapterUser } : null;
    },
  });
});

export function withHashedSessions(adapter: Adapter): Adapter {
  const { createSession, getSessionAndUser, updateSession, deleteSession } = adapter;
  if (!createSession || !getSessionAndUser || !updateSession || !deleteSession) throw new Error("The adapter lacks database sessions");
  // Auth.js writes the returned token into the cookie: give it back the token, not the hash.
  const withToken = <S extends AdapterSession | null | undefined>(session: S, sessionToken: string): S =>
    session ? { ...session, sessionToken } : session;
  return {
    ...adapter,
    async createSession(session) {
      return withToken(await createSession({ ...session, sessionToken: hashSessionToken(session.sessionToken) }), session.sessionToken);
    },
    async getSessionAndUser(sessionToken) {
      const found = await getSessionAndUser(hashSessionToken(sessionToken));
      return found && { user: found.user, session: withToken(found.session, sessionToken) };
    },
    async updateSession(session) {
      return withToken(await updateSession({ ...session, sessionToken: hashSessionToken(session.sessionToken) }), session.sessionToken);
    },
    async deleteSession(sessionToken) {
      await deleteSession(hashSessionToken(sessionToken));
    },
  };
}
