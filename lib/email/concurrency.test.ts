import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDatabase } from "@/db/client";
import { emailOutbox } from "@/db/schema";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import { deliverDueEmails } from "./deliver";
import { enqueueEmails } from "./enqueue";
import type { EmailTransport } from "./transports/types";

/** Counts how often each outbox id is handed to a provider, across deliverers. */
function countingTransport(calls: Map<string, number>): EmailTransport {
  return {
    name: "counting",
    // Small batches, so the two deliverers take turns many times.
    maxBatch: 10,
    async send(messages) {
      await new Promise((resolve) => setTimeout(resolve, 2));
      for (const m of messages) calls.set(m.outboxId, (calls.get(m.outboxId) ?? 0) + 1);
      return messages.map((m) => ({ ok: true, providerId: `counted-${m.outboxId}` }));
    },
  };
}

// The suite shares two cores; the default 5 s is too tight for database work there.
describe("several deliverers draining one outbox", () => {
  const t = useTestDatabase();

  it.skipIf(!isPostgres())("never sends a row twice (PostgreSQL: two connection pools, FOR UPDATE SKIP LOCKED)", async () => {
    const url = t.handle.url;
    if (!url) throw new Error("The PostgreSQL test database has no URL");
    const ids = await enqueueEmails(
      t.db,
      Array.from({ length: 300 }, (_, i) => ({ to: `guest${i}@example.org`, template: "sign-in" as const, props: { url: `http://localhost/t${i}` } })),
    );
    const first = openDatabase({ driver: "postgres", url, max: 4 });
    const second = openDatabase({ driver: "postgres", url, max: 4 });
    const calls = new Map<string, number>();
    try {
      const now = new Date(Date.now() + 60_000);
      const [a, b] = await Promise.all([
        deliverDueEmails(first.db, { transport: countingTransport(calls), now, limit: 1_000 }),
        deliverDueEmails(second.db, { transport: countingTransport(calls), now, limit: 1_000 }),
      ]);
      console.log(`[measure] deliverers split the 300 rows ${a.claimed} / ${b.claimed}`);
      expect(a.claimed + b.claimed).toBe(300);
      expect(a.sent + b.sent).toBe(300);
      expect(calls.size).toBe(300);
      expect([...calls.values()].every((n) => n === 1)).toBe(true);
      expect(new Set(calls.keys())).toEqual(new Set(ids));
      const [{ unsent }] = await t.db
        .select({ unsent: sql<number>`count(*) filter (where ${emailOutbox.status} <> 'sent')::int` })
        .from(emailOutbox);
      expect(unsent).toBe(0);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
