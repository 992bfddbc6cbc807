import { createHash, randomBytes } from "node:crypto";

// A guest's personal link carries 32 random bytes (base64url); only their
// SHA-256 is stored, so a database copy cannot be turned into working links.

export function newGuestToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashGuestToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Cheap shape check before any lookup: 43 base64url characters. */
export function isWellFormedGuestToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
