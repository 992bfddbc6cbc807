import { createHash, createHmac, randomBytes } from "node:crypto";

// A guest's personal link carries 32 bytes, base64url; only their SHA-256 is
// stored, so a copy of the database cannot be turned into working links.
//
// The bytes are HMAC-SHA256(link key, invitation id + a random nonce kept on
// the invitation). Being derived rather than drawn, the same link can be put
// into every email the guest receives (invitation, confirmation, re-send,
// reminder) without ever storing it; revoking draws a new nonce, which turns
// the old link into a 404. Derivation needs the server's secret, so the
// nonce alone opens nothing.

export function newLinkNonce(): string {
  return randomBytes(16).toString("base64url");
}

/** The key links are derived with: the server secret, narrowed to this one use. */
export function linkKeyFrom(secret: string): Buffer {
  return createHmac("sha256", secret).update("convene guest links v1").digest();
}

export function guestTokenFor(linkKey: Buffer, invitationId: string, nonce: string): string {
  return createHmac("sha256", linkKey).update(`${invitationId}:${nonce}`).digest("base64url");
}

export function hashGuestToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any lookup: 43 base64url characters. */
export function isWellFormedGuestToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
