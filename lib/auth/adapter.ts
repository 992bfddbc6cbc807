import { DrizzleAdapter } from "@auth/drizzle-adapter";
import type { Adapter } from "next-auth/adapters";
import { accounts, sessions, users, verificationTokens } from "@/db/schema";
import type { Db } from "@/db/types";

/** The Auth.js adapter Convene signs staff in with. */
export function authAdapter(db: Db): Adapter {
  return DrizzleAdapter(db, {
    usersTable: users,
    accountsTable: accounts,
    sessionsTable: sessions,
    verificationTokensTable: verificationTokens,
  });
}
