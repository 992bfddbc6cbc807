import { getAuthSecret } from "@/lib/auth/secret";
import { appUrl } from "@/lib/env";
import type { Db } from "@/db/types";
import { guestTokenFor, hashGuestToken, linkKeyFrom, newLinkNonce } from "./tokens";

export type IssuedLink = { nonce: string; tokenHash: string; url: string };

let cachedKey: { secret: string; key: Buffer } | undefined;

/** The key every guest link is derived with (from the server secret). */
export async function guestLinkKey(db: Db): Promise<Buffer> {
  const secret = await getAuthSecret(db);
  if (cachedKey?.secret !== secret) cachedKey = { secret, key: linkKeyFrom(secret) };
  return cachedKey.key;
}

export function rsvpUrl(token: string): string {
  return `${appUrl()}/rsvp/${token}`;
}

/** A new link for an invitation: what to store (nonce, hash) and what to email (url). */
export function issueLink(key: Buffer, invitationId: string): IssuedLink {
  const nonce = newLinkNonce();
  const token = guestTokenFor(key, invitationId, nonce);
  return { nonce, tokenHash: hashGuestToken(token), url: rsvpUrl(token) };
}

/**
 * The link already issued, for another email (re-send, confirmation). Null
 * when the invitation has none that this server can derive (never sent, revoked,
 * or issued under another secret): the caller then issues a new one.
 */
export function currentLink(key: Buffer, invitation: { id: string; linkNonce: string | null; tokenHash: string | null }): string | null {
  if (!invitation.linkNonce || !invitation.tokenHash) return null;
  const token = guestTokenFor(key, invitation.id, invitation.linkNonce);
  return hashGuestToken(token) === invitation.tokenHash ? rsvpUrl(token) : null;
}
