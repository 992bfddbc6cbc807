import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { getAuthSecret } from "@/lib/auth/secret";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { countsOf, startDeliverProcess } from "@/lib/test/deliver-process";
import { startFakeResend, type FakeResend } from "@/lib/test/fake-resend";
import { enqueueEmails } from "./enqueue";

const EMAILS = 1_000;
const WITH_ATTACHMENT = 100;
const attachments = [{ filename: "note.txt", contentType: "text/plain", content: Buffer.from("agenda").toString("base64") }];

/**
 * concurrency.test.ts with two real processes: two `email:deliver` runs
 * (two app instances' worth of connections) drain one PostgreSQL outbox
 * into one fake Resend at the same time.
 */
describe("two deliverer processes draining one outbox", () => {
  const t = useTestDatabase();
  let fake: FakeResend;
  let bothArrived: () => void = () => {};
  const overlap = new Promise<void>((resolve) => (bothArrived = resolve));

  beforeAll(async () => {
    fake = await startFakeResend({
      // No answer until both processes are sending: they are certain to overlap,
      // however long either takes to start. Then a few milliseconds each, so they keep taking turns.
      beforeAnswer: async () => {
        if (new Set(fake.requests.map((r) => r.apiKey)).size >= 2) bothArrived();
        await overlap;
        await new Promise((resolve) => setTimeout(resolve, 3));
      },
    });
  });
  afterAll(async () => {
    bothArrived();
    await fake?.close();
  });

  it.skipIf(!isPostgres())(`each of ${EMAILS} emails is sent exactly once, and all are sent`, async () => {
    const url = t.handle.url;
    if (!url) throw new Error("The PostgreSQL test database has no URL");
    const authSecret = await getAuthSecret(t.db);
    const guests = Array.from({ length: EMAILS }, (_, i) => `guest${i}@example.org`);
    // Most go in batches of 100; some carry a file and go one request each, so the two interleave often.
    const ids = await enqueueEmails(
      t.db,
      guests.map((to, i) => ({ to, template: "sign-in" as const, props: { url: `http://localhost:3000/t/${i}` }, attachments: i % 10 === 0 ? attachments : [] })),
    );
    expect(ids).toHaveLength(EMAILS);
    const started = Date.now();
    const runs = ["re_first", "re_second"].map((apiKey) => startDeliverProcess({ databaseUrl: url, resendUrl: fake.url, apiKey, authSecret }));
    const results = await Promise.all(runs.map((r) => r.exited));
    const elapsed = Date.now() - started;
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    const [a, b] = results.map((r) => countsOf(r.stdout));

    // Both took part, and together they sent each row once.
    expect(a.sent).toBeGreaterThan(0);
    expect(b.sent).toBeGreaterThan(0);
    expect(a.claimed + b.claimed).toBe(EMAILS);
    expect(a.sent + b.sent).toBe(EMAILS);

    // The provider saw every email once: no key delivered twice, no recipient twice.
    expect(fake.requests.every((r) => r.status === 200)).toBe(true);
    expect(fake.sent).toHaveLength(EMAILS);
    expect(new Set(fake.sent.map((e) => e.to[0])).size).toBe(EMAILS);
    const keys = fake.requests.map((r) => r.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(fake.requests.filter((r) => r.path === "/emails").length).toBe(WITH_ATTACHMENT);

    const [row] = await t.db
      .select({
        unsent: sql<number>`count(*) filter (where ${emailOutbox.status} <> 'sent')::int`,
        retried: sql<number>`count(*) filter (where ${emailOutbox.attempts} <> 1)::int`,
        providers: sql<number>`count(distinct ${emailOutbox.providerId})::int`,
      })
      .from(emailOutbox);
    expect(row).toEqual({ unsent: 0, retried: 0, providers: EMAILS });
    const byKey = (k: string) => fake.requests.filter((r) => r.apiKey === k).reduce((n, r) => n + r.delivered, 0);
    console.log(
      `[measure] ${EMAILS} emails drained by two processes in ${elapsed} ms (start-up included): ` +
        `${byKey("re_first")} / ${byKey("re_second")} emails, ${fake.requests.length} requests`,
    );
  });
});
