import { createHash, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { guestTokenFor, hashGuestToken, isWellFormedGuestToken, linkKeyFrom, newLinkNonce } from "./tokens";

const key = linkKeyFrom("test secret");

describe("guest tokens", () => {
  it("are 32 bytes, base64url, different for every invitation and every nonce", () => {
    const id = randomUUID();
    const nonce = newLinkNonce();
    const a = guestTokenFor(key, id, nonce);
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(isWellFormedGuestToken(a)).toBe(true);
    expect(guestTokenFor(key, randomUUID(), nonce)).not.toBe(a);
    expect(guestTokenFor(key, id, newLinkNonce())).not.toBe(a);
  });

  it("are the same link every time for one invitation and nonce, so every email carries it", () => {
    const id = randomUUID();
    const nonce = newLinkNonce();
    expect(guestTokenFor(key, id, nonce)).toBe(guestTokenFor(linkKeyFrom("test secret"), id, nonce));
  });

  it("cannot be derived without the server's secret", () => {
    const id = randomUUID();
    const nonce = newLinkNonce();
    expect(guestTokenFor(linkKeyFrom("another secret"), id, nonce)).not.toBe(guestTokenFor(key, id, nonce));
  });

  it("are stored only as their SHA-256", () => {
    const token = guestTokenFor(key, randomUUID(), newLinkNonce());
    expect(hashGuestToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashGuestToken(token)).not.toContain(token);
  });

  it("refuse anything that is not a token before touching the database", () => {
    expect(isWellFormedGuestToken("short")).toBe(false);
    expect(isWellFormedGuestToken("a".repeat(43) + "/")).toBe(false);
    expect(isWellFormedGuestToken("a".repeat(42) + "=")).toBe(false);
    expect(isWellFormedGuestToken("../../etc/passwd")).toBe(false);
  });
});
