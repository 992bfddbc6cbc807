import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/test/db";
import { consumeRateLimit } from "./rate-limit";

const HOUR = 3_600_000;

describe("rate limits", () => {
  const t = useTestDatabase();

  it("allows up to the limit within a window, then refuses with the time left", async () => {
    const now = new Date("2026-11-28T10:00:00Z");
    for (let i = 1; i <= 5; i++) {
      const r = await consumeRateLimit(t.db, "signin:email:a@example.org", { limit: 5, windowMs: HOUR, now });
      expect(r).toMatchObject({ allowed: true, count: i });
    }
    const refused = await consumeRateLimit(t.db, "signin:email:a@example.org", {
      limit: 5,
      windowMs: HOUR,
      now: new Date(now.getTime() + 10 * 60_000),
    });
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterMs).toBe(50 * 60_000);
  });

  it("starts a fresh window once the hour has passed", async () => {
    const now = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < 6; i++) await consumeRateLimit(t.db, "k2", { limit: 5, windowMs: HOUR, now });
    const later = await consumeRateLimit(t.db, "k2", { limit: 5, windowMs: HOUR, now: new Date(now.getTime() + HOUR) });
    expect(later).toMatchObject({ allowed: true, count: 1 });
  });

  it("keeps separate counters per key", async () => {
    const now = new Date();
    await consumeRateLimit(t.db, "ip:1", { limit: 1, windowMs: HOUR, now });
    expect((await consumeRateLimit(t.db, "ip:2", { limit: 1, windowMs: HOUR, now })).allowed).toBe(true);
    expect((await consumeRateLimit(t.db, "ip:1", { limit: 1, windowMs: HOUR, now })).allowed).toBe(false);
  });
});
