import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./tokens";

// Where a browser goes when a redirect's Location is `path`, from Convene's own address.
const ORIGIN = "https://events.example.org";
const landsOn = (path: string) => new URL(path, `${ORIGIN}/sign-in`).origin;

/** The hostile callbackUrls of issue 14, as the page receives them (already percent-decoded once). */
const HOSTILE_CALLBACKS = [
  "/.//evil.example/phish",
  "/%2e//evil.example/phish",
  "/..//evil.example/phish",
  "/staff/..//evil.example/phish",
  "/./\\evil.example/phish",
  "//evil.example/x",
  "/\\evil.example",
  "/\t/evil.example",
  "/%2e%2e//evil.example",
  "https://evil.example",
];

// Pieces a hostile address is made of: dots, slashes both ways, their
// encodings, whitespace the URL parser strips, schemes, hosts.
const piece = fc.constantFrom(
  "/", "\\", ".", "..", "%2e", "%2E", "%2f", "%5c", "%2e%2e", "\t", "\n", "\r", " ", "%09", "@", ":", "?", "#",
  "evil.example", "staff", "users", "http:", "https:", "javascript:", "//", "/\\", "\\/", "%00", "\u0000", "ü", "%",
);
const hostile = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));

describe("where sign-in sends people afterwards", () => {
  it("keeps pages of this site, with their query", () => {
    expect(safeCallbackPath("/staff/users")).toBe("/staff/users");
    expect(safeCallbackPath("/staff/events?tab=guests")).toBe("/staff/events?tab=guests");
    expect(safeCallbackPath("/staff/./events/../users")).toBe("/staff/users");
    expect(safeCallbackPath(undefined)).toBe("/staff");
  });

  it.each(HOSTILE_CALLBACKS)("never sends anyone off-site: %s", (raw) => {
    const path = safeCallbackPath(raw);
    expect(landsOn(path)).toBe(ORIGIN);
    expect(path).not.toMatch(/^\/[\\/]/);
  });

  it("never sends anyone off-site, whatever the address is made of", () => {
    fc.assert(
      fc.property(fc.oneof(hostile, hostile.map((s) => `/${s}`), fc.string()), (raw) => {
        const path = safeCallbackPath(raw);
        expect(path.startsWith("/")).toBe(true);
        expect(landsOn(path)).toBe(ORIGIN);
        // Sent again through the rule (the verify page passes it on to Auth.js), it stays put.
        expect(safeCallbackPath(path)).toBe(path);
      }),
      { numRuns: 5000 },
    );
  });
});
