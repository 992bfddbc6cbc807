import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { signInEmail as signIn, useOutboxAndFakeResend } from "@/lib/test/outbox";
import { deliverDueEmails } from "./deliver";
import { enqueueEmail, enqueueEmails } from "./enqueue";
import { resendTransport } from "./transports/resend";
import type { EmailTransport } from "./transports/types";

const LEASE = 60_000;

/** Delivers for real, then dies before the deliverer can record it: the crash this design must survive. */
function diesAfterSending(inner: EmailTransport): EmailTransport & { crashes: number } {
  const transport = {
    ...inner,
    crashes: 1,
    async send(messages: Parameters<EmailTransport["send"]>[0], batchKey: string) {
      const results = await inner.send(messages, batchKey);
      if (transport.crashes > 0) {
        transport.crashes--;
        throw new Error("the process died");
      }
      return results;
    },
  };
  return transport;
}

// The suite shares two cores; the default 5 s is too tight for database work there.
describe("a deliverer that dies between sending and recording", () => {
  const t = useTestDatabase();
  const fake = useOutboxAndFakeResend(t);

  it("sends again under the same key once the lease has passed, and the guest gets one email", async () => {
    const id = await enqueueEmail(t.db, signIn("once@example.org"));
    const transport = diesAfterSending(resendTransport({ apiKey: "re_test", baseUrl: fake.url }));
    const now = new Date(Date.now() + 60_000);

    await expect(deliverDueEmails(t.db, { transport, now, leaseMs: LEASE })).rejects.toThrow("the process died");
    const [stuck] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(stuck).toMatchObject({ status: "sending", attempts: 1 });
    expect(fake.sent).toHaveLength(1);

    // Another deliverer leaves it alone while the lease holds.
    expect((await deliverDueEmails(t.db, { transport, now: new Date(now.getTime() + LEASE - 1), leaseMs: LEASE })).claimed).toBe(0);

    const counts = await deliverDueEmails(t.db, { transport, now: new Date(now.getTime() + LEASE), leaseMs: LEASE });
    expect(counts).toMatchObject({ claimed: 1, sent: 1 });
    expect(fake.requests.map((r) => r.idempotencyKey)).toEqual([id, id]);
    expect(fake.sent).toHaveLength(1);
    const [row] = await t.db.select().from(emailOutbox).where(eq(emailOutbox.id, id));
    expect(row).toMatchObject({ status: "sent", attempts: 2, providerId: fake.sent[0].id });
  });

  it("re-sends a batch as the same batch, under the same key", async () => {
    await enqueueEmails(t.db, [signIn("a@example.org"), signIn("b@example.org"), signIn("c@example.org")]);
    const transport = diesAfterSending(resendTransport({ apiKey: "re_test", baseUrl: fake.url }));
    const now = new Date(Date.now() + 60_000);

    await expect(deliverDueEmails(t.db, { transport, now, leaseMs: LEASE })).rejects.toThrow("the process died");
    expect(fake.sent).toHaveLength(3);
    // Later rows queued meanwhile must not join the replayed batch.
    await enqueueEmail(t.db, signIn("d@example.org"));

    const counts = await deliverDueEmails(t.db, { transport, now: new Date(now.getTime() + LEASE), leaseMs: LEASE });
    expect(counts).toMatchObject({ claimed: 4, sent: 4, failed: 0 });
    const batches = fake.requests.filter((r) => r.path === "/emails/batch");
    expect(batches.map((r) => r.count)).toEqual([3, 3]);
    expect(batches[0].idempotencyKey).toBe(batches[1].idempotencyKey);
    expect(batches.every((r) => r.status === 200)).toBe(true);
    expect(fake.sent.map((e) => e.to[0]).sort()).toEqual(["a@example.org", "b@example.org", "c@example.org", "d@example.org"]);
  });
});
