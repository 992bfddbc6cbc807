import { describe, expect, it } from "vitest";
import type { Db } from "@/db/types";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { startFakeResend } from "@/lib/test/fake-resend";
import { deliverDueEmails } from "./deliver";
import { enqueueEmails } from "./enqueue";
import { devMailboxTransport } from "./transports/dev-mailbox";
import { resendTransport } from "./transports/resend";

// Resend's default limit is 2 requests a second; at 100 emails a batch that is
// 200 emails a second. Real time and real sleeps against a fake that enforces
// the limit; what is asserted does not depend on the machine's speed.
const REQUESTS_PER_SECOND = 2;
const CEILING = REQUESTS_PER_SECOND * 100;

function queue(db: Db, prefix: string, count: number) {
  return enqueueEmails(
    db,
    Array.from({ length: count }, (_, i) => ({ to: `${prefix}${i}@example.org`, template: "sign-in" as const, props: { url: `http://localhost/${prefix}${i}` } })),
  );
}

async function timed<T>(run: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await run();
  return { result, seconds: (performance.now() - started) / 1000 };
}

describe("delivery throughput", () => {
  const t = useTestDatabase();

  it("keeps up with a provider limited to 2 requests a second (1 000 emails in about 5 s)", async () => {
    const driver = isPostgres() ? "PostgreSQL" : "PGlite";
    // Steady state, as in a running server: a fresh process's first renders and queries are paid before any clock starts.
    await queue(t.db, "warm", 50);
    await deliverDueEmails(t.db, { transport: devMailboxTransport(t.db) });

    const limited = await startFakeResend({ requestsPerSecond: REQUESTS_PER_SECOND });
    try {
      await queue(t.db, "guest", 1_000);
      let sleptMs = 0;
      const sleep = async (ms: number) => {
        sleptMs += ms;
        await new Promise((resolve) => setTimeout(resolve, ms));
      };
      const startedAt = Date.now();
      const run = await timed(() =>
        deliverDueEmails(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: limited.url }), limit: 1_000, sleep }),
      );
      const perSecond = 1_000 / run.seconds;
      // The rate this process reached while not waiting for the provider (under
      // Vitest React renders its development build, and other work shares the
      // cores): logged, not asserted; what the deliverer answers for is the time it spends waiting.
      const capacity = 1_000 / Math.max(0.001, run.seconds - sleptMs / 1000);
      const first = limited.requests[0]?.at ?? 0;
      console.log(
        `[measure] ${driver}: 1 000 emails in ${run.seconds.toFixed(2)} s = ${perSecond.toFixed(0)} emails/s against a ${CEILING}/s ceiling ` +
          `(${((100 * perSecond) / CEILING).toFixed(0)}%); ${(sleptMs / 1000).toFixed(2)} s spent waiting, so the CPU allowed ${capacity.toFixed(0)}/s; ` +
          `first request after ${(limited.requests[0]?.at ?? startedAt) - startedAt} ms, done ${Date.now() - (limited.requests.at(-1)?.at ?? 0)} ms after the last; requests at ms ${limited.requests.map((r) => `${r.at - first}:${r.status}`).join(" ")}`,
      );
      expect(run.result).toMatchObject({ claimed: 1_000, sent: 1_000, failed: 0, retried: 0 });
      expect(limited.sent).toHaveLength(1_000);
      // Kept to the announced limit: nothing refused.
      expect(limited.requests.every((r) => r.status === 200)).toBe(true);
      // And never waited longer than the limit asks: at most one interval before
      // each request after the first, however fast or slow this machine is. The
      // rate reached is the bench's to measure, on a quiet machine (target 90%
      // of the ceiling: the email rows of `npm run bench`).
      expect(sleptMs).toBeLessThanOrEqual((limited.requests.length - 1) * (1000 / REQUESTS_PER_SECOND));
    } finally {
      await limited.close();
    }
  });
});
