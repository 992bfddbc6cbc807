import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { redact } from "@/lib/log/redact";
import { optInKeyFrom, optInTokenFor, optInTokenHolds, optOutKeyFrom, optOutTokenFor, personOfOptOutToken, readOptInToken } from "./tokens";

const key = optOutKeyFrom("test secret");
const inKey = optInKeyFrom("test secret");

function tamper(token: string, at: number): string {
  const c = token[at];
  return `${token.slice(0, at)}${c === "A" ? "B" : "A"}${token.slice(at + 1)}`;
}

describe("opt-out tokens", () => {
  it("name the person they were made for, and only with the server's key", () => {
    const id = randomUUID();
    const token = optOutTokenFor(key, id);
    expect(token).toMatch(/^[A-Za-z0-9_-]{65}$/);
    expect(personOfOptOutToken(key, token)).toBe(id);
    expect(optOutTokenFor(optOutKeyFrom("test secret"), id)).toBe(token);
    expect(personOfOptOutToken(optOutKeyFrom("another secret"), token)).toBeNull();
  });

  it("refuse a changed character anywhere, and another person's id under this person's mac", () => {
    const id = randomUUID();
    const token = optOutTokenFor(key, id);
    for (const at of [0, 10, 21, 22, 40, 64]) expect(personOfOptOutToken(key, tamper(token, at))).toBeNull();
    const other = optOutTokenFor(key, randomUUID());
    expect(personOfOptOutToken(key, `${other.slice(0, 22)}${token.slice(22)}`)).toBeNull();
    expect(personOfOptOutToken(key, `${token.slice(0, 22)}${other.slice(22)}`)).toBeNull();
  });

  it("refuse malformed input without throwing", () => {
    for (const bad of ["", "x", "a".repeat(65), `${"!".repeat(22)}${"a".repeat(43)}`, "%00".repeat(30), `${optOutTokenFor(key, randomUUID())}x`]) {
      expect(personOfOptOutToken(key, bad)).toBeNull();
    }
  });

  it("are not a person's RSVP link, and differ between people", () => {
    expect(optOutTokenFor(key, randomUUID())).not.toBe(optOutTokenFor(key, randomUUID()));
    expect(optOutKeyFrom("s").equals(optInKeyFrom("s"))).toBe(false);
  });

  it("never reach a log", () => {
    const token = optOutTokenFor(key, randomUUID());
    const out = redact(`POST http://localhost:3000/opt-out/${token} 200`);
    expect(out).not.toContain(token);
    expect(out).toContain("/opt-out/[redacted]");
  });
});

describe("opt-in tokens", () => {
  const now = new Date("2026-12-05T10:00:00Z");
  const optedOutAt = new Date("2026-12-01T09:00:00.123Z");
  const expires = new Date(now.getTime() + 86_400_000);

  it("hold for the opt-out they were made for, until they expire", () => {
    const id = randomUUID();
    const claim = readOptInToken(optInTokenFor(inKey, id, optedOutAt, expires));
    expect(claim?.personId).toBe(id);
    expect(optInTokenHolds(inKey, claim!, optedOutAt, now)).toBe(true);
    expect(optInTokenHolds(inKey, claim!, optedOutAt, new Date(expires.getTime() + 1))).toBe(false);
  });

  it("stop working once the person has opted in, or out again", () => {
    const claim = readOptInToken(optInTokenFor(inKey, randomUUID(), optedOutAt, expires))!;
    expect(optInTokenHolds(inKey, claim, null, now)).toBe(false);
    expect(optInTokenHolds(inKey, claim, new Date(optedOutAt.getTime() + 1), now)).toBe(false);
  });

  it("refuse tampering: another key, another person, a later expiry, a changed mac", () => {
    const id = randomUUID();
    const token = optInTokenFor(inKey, id, optedOutAt, expires);
    expect(optInTokenHolds(optInKeyFrom("another secret"), readOptInToken(token)!, optedOutAt, now)).toBe(false);
    const other = optInTokenFor(inKey, randomUUID(), optedOutAt, expires);
    expect(optInTokenHolds(inKey, readOptInToken(`${other.slice(0, 22)}${token.slice(22)}`)!, optedOutAt, now)).toBe(false);
    const later = optInTokenFor(inKey, id, optedOutAt, new Date(expires.getTime() + 30 * 86_400_000));
    const mixed = `${later.split(".")[0]}.${token.split(".")[1]}`;
    expect(optInTokenHolds(inKey, readOptInToken(mixed)!, optedOutAt, now)).toBe(false);
    expect(optInTokenHolds(inKey, readOptInToken(tamper(token, token.length - 2))!, optedOutAt, now)).toBe(false);
    expect(readOptInToken("nonsense")).toBeNull();
    expect(readOptInToken(optOutTokenFor(key, id))).toBeNull();
  });
});
