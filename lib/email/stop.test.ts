import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { emailOutbox } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { startFakeResend } from "@/lib/test/fake-resend";
import { deliverAllDue } from "./drain";
import { enqueueEmails } from "./enqueue";
import { resendTransport } from "./transports/resend";

/**
 * A server asked to stop (SIGTERM) ends its delivery run after the batch in
 * hand: what it sent is recorded as sent, what it had claimed and not sent
 * goes back to the queue at once, its attempt not counted, for another
 * instance to send.
 */
describe("a delivery run told to stop", () => {
  const t = useTestDatabase();

  it("records the batch in hand and hands back the rest, due at once", async () => {
    const fake = await startFakeResend();
    try {
      await enqueueEmails(
        t.db,
        Array.from({ length: 450 }, (_, i) => ({ to: `guest${i}@example.org`, template: "sign-in" as const, props: { url: `http://localhost/${i}` } })),
      );
      // The run asks before its first request, and again before claiming the
      // next round ahead (both times: go on); the stop has arrived by its
      // third question, while that round is claimed and not yet sent.
      let asked = 0;
      const counts = await deliverAllDue(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }), shouldStop: () => ++asked > 2 });
      expect(counts).toMatchObject({ claimed: 200, sent: 100, retried: 100 });
      expect(fake.requests).toHaveLength(1);

      const rows = await t.db
        .select({ status: emailOutbox.status, n: sql<number>`count(*)::int`, attempts: sql<number>`max(${emailOutbox.attempts})::int`, due: sql<boolean>`bool_and(${emailOutbox.sendAfter} <= now())` })
        .from(emailOutbox)
        .groupBy(emailOutbox.status);
      const byStatus = Object.fromEntries(rows.map((r) => [r.status, r]));
      expect(byStatus.sent?.n).toBe(100);
      expect(byStatus.sending).toBeUndefined();
      // Handed back (the round claimed ahead) or never claimed: pending, no attempt used, due now.
      expect(byStatus.pending).toMatchObject({ n: 350, attempts: 0, due: true });

      // Another deliverer sends them, each once.
      const rest = await deliverAllDue(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: fake.url }) });
      expect(rest.sent).toBe(350);
      const [{ n }] = await t.db.select({ n: sql<number>`count(*)::int` }).from(emailOutbox).where(eq(emailOutbox.status, "sent"));
      expect(n).toBe(450);
      const sentTo = fake.sent.map((m) => m.to[0]);
      expect(sentTo).toHaveLength(450);
      expect(new Set(sentTo).size).toBe(450);
    } finally {
      await fake.close();
    }
  });
});
