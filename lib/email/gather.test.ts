import { afterEach, describe, expect, it, vi } from "vitest";

// Delivery runs are counted, not carried out: the drain is replaced.
const runs: number[] = [];
vi.mock("./drain", () => ({ deliverAllDue: async () => void runs.push(Date.now()) }));
vi.mock("./retention", () => ({ purgeSentEmails: async () => undefined }));
vi.mock("@/db", () => ({ getDb: () => ({}) }));
// Who delivers (CONVENE_EMAIL_DELIVERY), changed by the last test.
const delivery = vi.hoisted(() => ({ CONVENE_EMAIL_DELIVERY: "server" as "server" | "worker" }));
vi.mock("@/lib/env", () => ({ env: delivery }));

const { deliverNow, deliverSoon, gatheredDelivery, GATHER_MS } = await import("./trigger");

describe("delivering soon after a change", () => {
  afterEach(() => vi.useRealTimers());

  it("gathers the emails queued within GATHER_MS into one run, and starts another after it", async () => {
    vi.useFakeTimers();
    runs.length = 0;
    const first = [gatheredDelivery(), gatheredDelivery(), gatheredDelivery()];
    // All three answers share one run, which has not started yet.
    expect(new Set(first).size).toBe(1);
    await vi.advanceTimersByTimeAsync(GATHER_MS - 1);
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(first);
    expect(runs).toHaveLength(1);

    // A change after that run began waits for a run of its own.
    const next = gatheredDelivery();
    expect(next).not.toBe(first[0]);
    await vi.advanceTimersByTimeAsync(GATHER_MS);
    await next;
    expect(runs).toHaveLength(2);
  });

  it("never holds back a run asked for at once (a sign-in link)", async () => {
    runs.length = 0;
    await deliverNow();
    expect(runs).toHaveLength(1);
  });

  it("starts no run at all where the email worker delivers (CONVENE_EMAIL_DELIVERY=worker): the server only queues", async () => {
    runs.length = 0;
    delivery.CONVENE_EMAIL_DELIVERY = "worker";
    try {
      await deliverNow();
      await gatheredDelivery();
      deliverSoon();
      await new Promise((resolve) => setTimeout(resolve, GATHER_MS * 2));
      expect(runs).toHaveLength(0);
    } finally {
      delivery.CONVENE_EMAIL_DELIVERY = "server";
    }
    await deliverNow();
    expect(runs).toHaveLength(1);
  });
});
