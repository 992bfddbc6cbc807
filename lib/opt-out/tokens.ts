import { createHmac, timingSafeEqual } from "node:crypto";

// A person's opt-out link and their one-time opt-in link. Neither is stored:
// each is the person's id and an HMAC under a key narrowed from the server
// secret, so a copy of the database holds no working link and a changed
// character (or another person's id) opens nothing.
//
// Opt-out: `<id, 22 base64url characters><mac, 43>` — the same for every
// invitation the person receives, and not their RSVP link (a forwarded
// opt-out link cannot answer an invitation, nor the other way round).
// Opt-in: `<id><expiry, base36 seconds>.<mac>`, the mac also over the moment
// the person opted out: once they opt in (or out again) the link stops
// working, which makes it one-time without storing anything.

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const OPT_OUT_TOKEN = /^([A-Za-z0-9_-]{22})([A-Za-z0-9_-]{43})$/;
const OPT_IN_TOKEN = /^([A-Za-z0-9_-]{22})([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/;

/** How long an opt-in link works. */
export const OPT_IN_LINK_DAYS = 7;

export function optOutKeyFrom(secret: string): Buffer {
  return createHmac("sha256", secret).update("convene opt-out links v1").digest();
}

export function optInKeyFrom(secret: string): Buffer {
  return createHmac("sha256", secret).update("convene opt-in links v1").digest();
}

function packId(personId: string): string {
  if (!ID.test(personId)) throw new Error("Not a person id");
  return Buffer.from(personId.replaceAll("-", ""), "hex").toString("base64url");
}

function unpackId(packed: string): string | null {
  const bytes = Buffer.from(packed, "base64url");
  if (bytes.length !== 16 || bytes.toString("base64url") !== packed) return null;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function mac(key: Buffer, message: string): string {
  return createHmac("sha256", key).update(message).digest("base64url");
}

function sameMac(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function optOutTokenFor(key: Buffer, personId: string): string {
  const id = personId.toLowerCase();
  return `${packId(id)}${mac(key, `opt-out:${id}`)}`;
}

/** The person an opt-out token names, or null when it is malformed or was not made with this key. */
export function personOfOptOutToken(key: Buffer, token: string): string | null {
  const match = OPT_OUT_TOKEN.exec(token);
  if (!match) return null;
  const id = unpackId(match[1]);
  if (!id) return null;
  return sameMac(match[2], mac(key, `opt-out:${id}`)) ? id : null;
}

export function optInTokenFor(key: Buffer, personId: string, optedOutAt: Date, expiresAt: Date): string {
  const id = personId.toLowerCase();
  const expiry = Math.floor(expiresAt.getTime() / 1000).toString(36);
  return `${packId(id)}${expiry}.${mac(key, `opt-in:${id}:${optedOutAt.toISOString()}:${expiry}`)}`;
}

export type OptInClaim = { personId: string; expiresAt: Date; mac: string; expiry: string };

/** Reads an opt-in token's parts; whether it is good needs the person's opt-out time (`optInTokenHolds`). */
export function readOptInToken(token: string): OptInClaim | null {
  const match = OPT_IN_TOKEN.exec(token);
  if (!match) return null;
  const personId = unpackId(match[1]);
  const seconds = parseInt(match[2], 36);
  if (!personId || !Number.isSafeInteger(seconds)) return null;
  return { personId, expiresAt: new Date(seconds * 1000), mac: match[3], expiry: match[2] };
}

/** Whether the claim was made with this key for this opt-out, and has not expired. */
export function optInTokenHolds(key: Buffer, claim: OptInClaim, optedOutAt: Date | null, now: Date = new Date()): boolean {
  if (!optedOutAt || claim.expiresAt.getTime() <= now.getTime()) return false;
  return sameMac(claim.mac, mac(key, `opt-in:${claim.personId}:${optedOutAt.toISOString()}:${claim.expiry}`));
}
