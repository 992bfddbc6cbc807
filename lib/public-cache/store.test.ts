import { describe, expect, it } from "vitest";
import { PublicPageStore, type StoredResponse } from "./store";

const entry = (bytes: number, storedAt = 0): StoredResponse => ({ status: 200, headers: [], body: new Uint8Array(bytes), renderNonce: null, storedAt, bytes });

describe("the public page store", () => {
  it("keeps an entry until its time is up", () => {
    const store = new PublicPageStore({ maxEntries: 10, maxBytes: 1000, ttlMs: 30_000 });
    store.set("/events", entry(10, 1000), store.generation);
    expect(store.get("/events", 30_999)).toBeDefined();
    expect(store.get("/events", 31_000)).toBeUndefined();
    expect(store.size).toBe(0);
    expect(store.byteSize).toBe(0);
  });

  it("holds a bounded number of entries, dropping the least recently used", () => {
    const store = new PublicPageStore({ maxEntries: 3, maxBytes: 1000, ttlMs: 30_000 });
    for (const key of ["a", "b", "c"]) store.set(key, entry(1), store.generation);
    store.get("a", 0);
    store.set("d", entry(1), store.generation);
    expect(store.size).toBe(3);
    expect(store.get("b", 0)).toBeUndefined();
    for (const key of ["a", "c", "d"]) expect(store.get(key, 0), key).toBeDefined();
  });

  it("holds a bounded number of bytes", () => {
    const store = new PublicPageStore({ maxEntries: 100, maxBytes: 100, ttlMs: 30_000 });
    for (let i = 0; i < 10; i++) store.set(`/events?page=${i + 1}`, entry(30), store.generation);
    expect(store.byteSize).toBeLessThanOrEqual(100);
    expect(store.size).toBe(3);
    expect(store.set("/huge", entry(101), store.generation)).toBe(false);
    expect(store.get("/huge", 0)).toBeUndefined();
  });

  it("counts a replaced entry once", () => {
    const store = new PublicPageStore({ maxEntries: 10, maxBytes: 1000, ttlMs: 30_000 });
    store.set("/", entry(40), store.generation);
    store.set("/", entry(50), store.generation);
    expect(store.byteSize).toBe(50);
    expect(store.size).toBe(1);
  });

  it("drops everything when the pages change, and never keeps a render begun before", () => {
    const store = new PublicPageStore({ maxEntries: 10, maxBytes: 1000, ttlMs: 30_000 });
    store.set("/", entry(1), store.generation);
    const begun = store.generation;
    store.clear();
    expect(store.get("/", 0)).toBeUndefined();
    expect(store.set("/events", entry(1), begun)).toBe(false);
    expect(store.get("/events", 0)).toBeUndefined();
    expect(store.set("/events", entry(1), store.generation)).toBe(true);
  });
});
