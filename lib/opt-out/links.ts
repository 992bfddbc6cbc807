import { getAuthSecret } from "@/lib/auth/secret";
import { appUrl } from "@/lib/env";
import type { Db } from "@/db/types";
import { OPT_IN_LINK_DAYS, optInKeyFrom, optInTokenFor, optOutKeyFrom, optOutTokenFor } from "./tokens";

type Keys = { optOut: Buffer; optIn: Buffer };
let cached: { secret: string; keys: Keys } | undefined;

/** The keys opt-out and opt-in links are made with (from the server secret). */
export async function optOutKeys(db: Db): Promise<Keys> {
  const secret = await getAuthSecret(db);
  if (cached?.secret !== secret) cached = { secret, keys: { optOut: optOutKeyFrom(secret), optIn: optInKeyFrom(secret) } };
  return cached.keys;
}

/** The person's "stop invitations" link, for the List-Unsubscribe header and the email's footer. */
export function optOutUrl(keys: Keys, personId: string): string {
  return `${appUrl()}/opt-out/${optOutTokenFor(keys.optOut, personId)}`;
}

export function optInUrl(keys: Keys, personId: string, optedOutAt: Date, now: Date): string {
  return `${appUrl()}/opt-in/${optInTokenFor(keys.optIn, personId, optedOutAt, new Date(now.getTime() + OPT_IN_LINK_DAYS * 86_400_000))}`;
}
