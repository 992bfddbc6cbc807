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

const HERE = "http://convene.invalid";

/**
 * Only an address on this site may follow sign-in; anything else goes to the
 * staff dashboard. Checked after the URL parser has normalised the path:
 * `/.//evil.example` and `/staff/..//evil.example` become `//evil.example`,
 * which a browser reads as another site.
 */
export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || !raw.startsWith("/")) return "/staff";
  try {
    const url = new URL(raw, HERE);
    if (url.origin !== HERE) return "/staff";
    const path = `${url.pathname}${url.search}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/staff";
    // What a browser makes of the answer, not only what the parser made of the question.
    if (new URL(path, HERE).origin !== HERE) return "/staff";
    return path;
  } catch {
    return "/staff";
  }
}
