import { describe, expect, it } from "vitest";
import { rateLimits } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { deliverOnce } from "@/lib/test/deliver-process";
import { useFakeResend } from "@/lib/test/use-fake-resend";
import { consumeRateLimit, pruneRateLimitsHourly, RATE_LIMIT_RETENTION_MS } from "./rate-limit";

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

describe("old rate-limit windows go", { timeout: 60_000 }, () => {
  const t = useTestDatabase();
  const fake = useFakeResend();
  const keys = async () => (await t.db.select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key).sort();
  const limit = { limit: 5, windowMs: HOUR };

  it("the email timer's hourly pass removes counters older than any window, keeps the rest, and runs at most once an hour", async () => {
    await t.db.delete(rateLimits);
    const now = new Date("2031-03-01T12:00:00Z");
    await consumeRateLimit(t.db, "spoofed:203.0.113.1", { ...limit, now: new Date(now.getTime() - RATE_LIMIT_RETENTION_MS - 60_000) });
    await consumeRateLimit(t.db, "spoofed:203.0.113.2", { ...limit, now: new Date(now.getTime() - 30 * 24 * HOUR) });
    // A day-long window that is still counting stays.
    await consumeRateLimit(t.db, "register:event:e:address:a", { ...limit, now: new Date(now.getTime() - 23 * HOUR) });
    await consumeRateLimit(t.db, "sign-in:ip:198.51.100.1", { ...limit, now });
    expect(await pruneRateLimitsHourly(t.db, now)).toBe(2);
    expect(await keys()).toEqual(["register:event:e:address:a", "sign-in:ip:198.51.100.1"]);
    // Ten seconds later (the next tick) nothing runs; an hour later it does.
    await consumeRateLimit(t.db, "spoofed:203.0.113.3", { ...limit, now: new Date(now.getTime() - 3 * 24 * HOUR) });
    expect(await pruneRateLimitsHourly(t.db, new Date(now.getTime() + 10_000))).toBeNull();
    expect(await pruneRateLimitsHourly(t.db, new Date(now.getTime() + HOUR))).toBe(1);
    expect(await keys()).toEqual(["register:event:e:address:a", "sign-in:ip:198.51.100.1"]);
  });

  it.skipIf(!isPostgres())("so does `npm run email:deliver`, for a cron job where no server runs the timer", async () => {
    await t.db.delete(rateLimits);
    await consumeRateLimit(t.db, "spoofed:old", { ...limit, now: new Date(Date.now() - RATE_LIMIT_RETENTION_MS - HOUR) });
    await consumeRateLimit(t.db, "current", limit);
    await deliverOnce({ databaseUrl: t.handle.url!, resendUrl: fake.url, authSecret: await getAuthSecret(t.db) });
    expect(await keys()).toEqual(["current"]);
  });
});
