import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashGuestToken, isWellFormedGuestToken, newGuestToken } from "./tokens";

describe("guest tokens", () => {
  it("are 32 random bytes, base64url, different every time", () => {
    const a = newGuestToken();
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(isWellFormedGuestToken(a)).toBe(true);
    expect(newGuestToken()).not.toBe(a);
  });

  it("are stored only as their SHA-256", () => {
    const token = newGuestToken();
    expect(hashGuestToken(token)).toBe(createHash("sha256").update(token).digest("hex"));
    expect(hashGuestToken(token)).not.toContain(token);
  });

  it("refuse anything that is not a token before touching the database", () => {
    expect(isWellFormedGuestToken("short")).toBe(false);
    expect(isWellFormedGuestToken("a".repeat(43) + "/")).toBe(false);
    expect(isWellFormedGuestToken("../../etc/passwd")).toBe(false);
  });
});
