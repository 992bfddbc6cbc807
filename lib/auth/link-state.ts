import "server-only";
import { and, eq } from "drizzle-orm";
import { verificationTokens } from "@/db/schema";
import type { Db } from "@/db/types";
import { getAuthSecret } from "./secret";
import { hashVerificationToken } from "./tokens";

/** Why a sign-in link cannot sign anyone in, in the words the error page uses (`/sign-in/error?error=…`). */
export type LinkFailure = "LinkUsed" | "LinkExpired";

/**
 * Looks at a sign-in link before Auth.js uses it, changing nothing. Auth.js
 * answers "Verification" both for a link already used and for one past its
 * 10 minutes; people need to know which. A link Convene never sent (or one
 * sent before AUTH_SECRET changed) reads as used: a new link is the remedy
 * either way. Not being on the staff list is Auth.js's own "AccessDenied".
 */
export async function signInLinkFailure(db: Db, link: { email: string; token: string; now?: Date }): Promise<LinkFailure | null> {
  const hash = hashVerificationToken(link.token, await getAuthSecret(db));
  const [row] = await db
    .select({ expires: verificationTokens.expires })
    .from(verificationTokens)
    .where(and(eq(verificationTokens.identifier, link.email), eq(verificationTokens.token, hash)));
  if (!row) return "LinkUsed";
  if (row.expires.getTime() < (link.now ?? new Date()).getTime()) return "LinkExpired";
  return null;
}
