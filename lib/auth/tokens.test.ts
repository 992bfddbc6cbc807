import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { hashVerificationToken, newToken, safeCallbackPath } from "./tokens";

describe("sign-in tokens", () => {
  it("are 32 random bytes in base64url", () => {
    const token = newToken();
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newToken()).not.toBe(token);
  });

  it("are stored hashed the way Auth.js checks them", () => {
    expect(hashVerificationToken("abc", "s3cret")).toBe(createHash("sha256").update("abcs3cret").digest("hex"));
  });

  it("send people back only to pages of this site", () => {
    for (const path of ["/staff/users", "/staff/events?tab=guests"]) expect(safeCallbackPath(path)).toBe(path);
    for (const elsewhere of ["https://evil.example", "//evil.example/x", "/\\evil.example", undefined]) expect(safeCallbackPath(elsewhere), String(elsewhere)).toBe("/staff");
  });
});
