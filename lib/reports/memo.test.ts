import { describe, expect, it } from "vitest";
import { TtlMemo } from "./memo";

function clock(start = 1_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe("TtlMemo", () => {
  it("counts once within the TTL and says when it counted", async () => {
    const c = clock();
    const memo = new TtlMemo<number>({ ttlMs: 60_000, max: 10, now: c.now });
    let counts = 0;
    const count = async () => ++counts;
    const first = await memo.get("year", count);
    c.advance(59_999);
    const second = await memo.get("year", count);
    expect(first.value).toBe(1);
    expect(second.value).toBe(1);
    expect(second.countedAt.getTime()).toBe(1_000_000);
    expect(counts).toBe(1);
  });

  it("counts again once the TTL has passed", async () => {
    const c = clock();
    const memo = new TtlMemo<number>({ ttlMs: 60_000, max: 10, now: c.now });
    let counts = 0;
    await memo.get("year", async () => ++counts);
    c.advance(60_000);
    const again = await memo.get("year", async () => ++counts);
    expect(again.value).toBe(2);
    expect(again.countedAt.getTime()).toBe(1_060_000);
  });

  it("counts again when asked for fresh figures", async () => {
    const memo = new TtlMemo<number>({ ttlMs: 60_000, max: 10, now: clock().now });
    let counts = 0;
    await memo.get("year", async () => ++counts);
    expect((await memo.get("year", async () => ++counts, { fresh: true })).value).toBe(2);
    expect((await memo.get("year", async () => ++counts)).value).toBe(2);
  });

  it("keeps each key apart", async () => {
    const memo = new TtlMemo<string>({ ttlMs: 60_000, max: 10, now: clock().now });
    await memo.get("a", async () => "A");
    expect((await memo.get("b", async () => "B")).value).toBe("B");
    expect((await memo.get("a", async () => "not counted")).value).toBe("A");
  });

  it("shares one count among requests that ask while it runs, even fresh ones", async () => {
    const memo = new TtlMemo<number>({ ttlMs: 60_000, max: 10, now: clock().now });
    let counts = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const count = async () => {
      await gate;
      return ++counts;
    };
    const asked = [memo.get("year", count), memo.get("year", count), memo.get("year", count, { fresh: true })];
    release();
    expect((await Promise.all(asked)).map((r) => r.value)).toEqual([1, 1, 1]);
    expect(counts).toBe(1);
  });

  it("does not keep a count that failed", async () => {
    const memo = new TtlMemo<number>({ ttlMs: 60_000, max: 10, now: clock().now });
    await expect(memo.get("year", async () => Promise.reject(new Error("database gone")))).rejects.toThrow("database gone");
    expect(memo.size).toBe(0);
    expect((await memo.get("year", async () => 7)).value).toBe(7);
  });

  it("keeps at most `max` values, dropping the least recently asked for", async () => {
    const memo = new TtlMemo<string>({ ttlMs: 60_000, max: 2, now: clock().now });
    await memo.get("a", async () => "A");
    await memo.get("b", async () => "B");
    await memo.get("a", async () => "not counted");
    await memo.get("c", async () => "C");
    expect(memo.size).toBe(2);
    expect((await memo.get("a", async () => "A again")).value).toBe("A");
    expect((await memo.get("b", async () => "B again")).value).toBe("B again");
  });
});
