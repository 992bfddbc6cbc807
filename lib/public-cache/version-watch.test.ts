import { describe, expect, it } from "vitest";
import { VersionWatch } from "./version-watch";

function watch(versions: (string | Error)[]) {
  const clock = { now: 0 };
  const state = { reads: 0, changes: 0, release: () => {} };
  const w = new VersionWatch({
    intervalMs: 500,
    now: () => clock.now,
    onChange: () => void state.changes++,
    read: async () => {
      const next = versions[Math.min(state.reads++, versions.length - 1)];
      if (next instanceof Error) throw next;
      return next;
    },
  });
  return { w, clock, state };
}

describe("watching the public pages' version", () => {
  it("asks the database at most once per interval, however many requests ask", async () => {
    const { w, clock, state } = watch(["v1"]);
    expect(await w.current()).toBe("v1");
    for (let i = 0; i < 50; i++) {
      clock.now = i * 9;
      expect(await w.current()).toBe("v1");
    }
    expect(state.reads).toBe(1);
    clock.now = 500;
    await w.current();
    expect(state.reads).toBe(2);
  });

  it("shares one read among requests arriving together", async () => {
    const { w, state } = watch(["v1"]);
    const answers = await Promise.all(Array.from({ length: 20 }, () => w.current()));
    expect(answers.every((v) => v === "v1")).toBe(true);
    expect(state.reads).toBe(1);
  });

  it("drops the stored pages when another instance changed the version", async () => {
    const { w, clock, state } = watch(["v1", "v1", "v2"]);
    await w.current();
    clock.now = 500;
    await w.current();
    expect(state.changes).toBe(0);
    clock.now = 1000;
    expect(await w.current()).toBe("v2");
    expect(state.changes).toBe(1);
  });

  it("vouches for nothing while the version cannot be read, and asks again on the next request", async () => {
    const { w, clock, state } = watch(["v1", new Error("database out of reach"), "v1"]);
    await w.current();
    clock.now = 600;
    expect(await w.current()).toBeNull();
    clock.now = 601;
    expect(await w.current()).toBe("v1");
    expect(state.reads).toBe(3);
    expect(state.changes).toBe(0);
  });

  it("knows this process's own change at once, without a read", async () => {
    const { w, clock, state } = watch(["v1"]);
    await w.current();
    clock.now = 100;
    w.seen("v2", 100);
    expect(state.changes).toBe(1);
    expect(await w.current()).toBe("v2");
    expect(state.reads).toBe(1);
  });
});
