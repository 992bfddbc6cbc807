import { describe, expect, it } from "vitest";
import { useTestDatabase } from "@/lib/test/db";
import { startFakeResend } from "@/lib/test/fake-resend";
import { deliverAllDue } from "./drain";
import { enqueueEmails } from "./enqueue";
import { resendTransport } from "./transports/resend";

describe("draining the outbox in several runs", () => {
  const t = useTestDatabase();

  it("keeps the provider's pace from one run to the next: nothing refused", async () => {
    const limited = await startFakeResend({ requestsPerSecond: 2 });
    try {
      await enqueueEmails(
        t.db,
        Array.from({ length: 400 }, (_, i) => ({ to: `guest${i}@example.org`, template: "sign-in" as const, props: { url: `http://localhost/${i}` } })),
      );
      // A run per batch of 100: four runs, each of whose first request must wait for the last of the one before.
      const counts = await deliverAllDue(t.db, { transport: resendTransport({ apiKey: "re_test", baseUrl: limited.url }), limit: 100 });
      expect(counts).toMatchObject({ claimed: 400, sent: 400, retried: 0, failed: 0 });
      // The fake provider refuses (429) any request that comes sooner than its pace allows: four 200s are the proof.
      // (The gaps as the server clocks them are the bench's business: on a busy machine arrival jitter shortens one.)
      expect(limited.requests.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    } finally {
      await limited.close();
    }
  });
});
