import { createHash, randomBytes } from "node:crypto";

export const SIGN_IN_LINK_MINUTES = 10;

/** 32 random bytes, base64url: the secret part of a link. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** How Auth.js stores a verification token: SHA-256 of token + secret, hex. */
export function hashVerificationToken(token: string, secret: string): string {
  return createHash("sha256").update(`${token}${secret}`).digest("hex");
}

/**
 * How a staff session is stored: SHA-256 of the cookie's token, hex. The
 * token is 32 random bytes, so no secret is needed for the hash to be one-way.
 */
export function hashSessionToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** Only an address on this site may follow sign-in; anything else goes to the staff dashboard. */
export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return "/staff";
  try {
    const url = new URL(raw, "http://convene.invalid");
    if (url.origin !== "http://convene.invalid") return "/staff";
    return `${url.pathname}${url.search}`;
  } catch {
    return "/staff";
  }
}
