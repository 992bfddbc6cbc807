import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { deliverOnce, startDeliverProcess } from "@/lib/test/deliver-process";
import { signInEmail as signIn } from "@/lib/test/outbox";
import { startFakeResend, type FakeRequest, type FakeResend } from "@/lib/test/fake-resend";
import { enqueueEmails } from "./enqueue";

/**
 * crash.test.ts with a real process: the deliver CLI is SIGKILLed while the
 * provider holds its answer, after the emails went out and before any row
 * was marked sent. Needs PostgreSQL: PGlite cannot be shared with a second process.
 */
describe("a deliverer process killed between sending and recording", () => {
  const t = useTestDatabase();
  let fake: FakeResend;
  let release: () => void = () => {};
  let secondRequestArrived: (request: FakeRequest) => void = () => {};
  const arrived = new Promise<FakeRequest>((resolve) => (secondRequestArrived = resolve));
  const held = new Promise<void>((resolve) => (release = resolve));

  beforeAll(async () => {
    fake = await startFakeResend({
      // The second request is delivered, then its answer never comes while the sender lives.
      beforeAnswer: (request) => {
        if (fake.requests.indexOf(request) !== 1) return;
        secondRequestArrived(request);
        return held;
      },
    });
  });
  afterAll(async () => {
    release();
    await fake?.close();
  });

  it.skipIf(!isPostgres())("sends nothing twice: the next runs leave it to its lease, then re-send under the same key and the guest gets one email", async () => {
    const url = t.handle.url;
    if (!url) throw new Error("The PostgreSQL test database has no URL");
    const authSecret = await getAuthSecret(t.db);
    const guests = Array.from({ length: 250 }, (_, i) => `guest${i}@example.org`);
    await enqueueEmails(t.db, guests.map(signIn));
    const started = Date.now();

    const doomed = startDeliverProcess({ databaseUrl: url, resendUrl: fake.url, authSecret });
    const heldRequest = await Promise.race([
      arrived,
      doomed.exited.then((r) => Promise.reject(new Error(`The deliverer ended before its second request: ${r.stderr || r.stdout}`))),
    ]);
    doomed.kill();
    expect((await doomed.exited).signal).toBe("SIGKILL");
    const killedAfter = Date.now() - started;

    // Delivered by the provider, never recorded by Convene.
    expect(heldRequest).toMatchObject({ path: "/emails/batch", count: 100, delivered: 100, status: 0 });
    expect(fake.sent).toHaveLength(200);
    expect(await statuses()).toEqual({ sent: 100, sending: 100, pending: 50 });

    // The next run sends what was never claimed and leaves the dead one's rows alone while their lease holds.
    expect(await deliverOnce({ databaseUrl: url, resendUrl: fake.url, authSecret })).toEqual({ claimed: 50, sent: 50 });
    expect(await statuses()).toEqual({ sent: 150, sending: 100 });

    // The lease passes (a minute, in the deliverer's default): the rows fall due again.
    await t.db.execute(sql`update email_outbox set send_after = now() - interval '1 second' where status = 'sending'`);
    expect(await deliverOnce({ databaseUrl: url, resendUrl: fake.url, authSecret })).toEqual({ claimed: 100, sent: 100 });
    expect(await statuses()).toEqual({ sent: 250 });

    // The re-send carried the same key and the same emails, and was answered from Resend's memory.
    const replays = fake.requests.filter((r) => r.idempotencyKey === heldRequest.idempotencyKey);
    expect(replays.map((r) => [r.count, r.delivered, r.status])).toEqual([
      [100, 100, 0],
      [100, 0, 200],
    ]);
    // Every guest got exactly one email; no key delivered twice.
    expect(fake.sent).toHaveLength(250);
    expect(fake.sent.map((e) => e.to[0]).sort()).toEqual([...guests].sort());
    const perKey = new Map<string, number>();
    for (const r of fake.requests) if (r.delivered > 0) perKey.set(r.idempotencyKey ?? "", (perKey.get(r.idempotencyKey ?? "") ?? 0) + 1);
    expect([...perKey.values()].every((n) => n === 1)).toBe(true);
    // And Convene recorded the provider's ids for the replayed batch: the ones it first delivered.
    const rows = await t.db.select({ providerId: emailOutbox.providerId }).from(emailOutbox);
    expect(new Set(rows.map((r) => r.providerId))).toEqual(new Set(fake.sent.map((e) => e.id)));
    console.log(`[measure] deliverer killed ${killedAfter} ms after start; whole test ${Date.now() - started} ms, ${fake.requests.length} requests`);
  });

  async function statuses(): Promise<Record<string, number>> {
    const rows = await t.db
      .select({ status: emailOutbox.status, n: sql<number>`count(*)::int` })
      .from(emailOutbox)
      .groupBy(emailOutbox.status);
    return Object.fromEntries(rows.map((r) => [r.status, r.n]));
  }
});
