import { describe, expect, it } from "vitest";
import { backoff, MAX_ATTEMPTS } from "./backoff";

describe("backoff", () => {
  it("doubles from 30 seconds after each failed attempt", () => {
    expect([1, 2, 3, 4, 5].map(backoff)).toEqual([30_000, 60_000, 120_000, 240_000, 480_000]);
  });

  it("never waits more than an hour", () => {
    expect(backoff(8)).toBe(3_600_000);
    expect(backoff(1_000)).toBe(3_600_000);
  });

  it("treats nonsense as the first attempt", () => {
    expect(backoff(0)).toBe(30_000);
    expect(backoff(-3)).toBe(30_000);
  });

  it("gives up after five attempts", () => {
    expect(MAX_ATTEMPTS).toBe(5);
  });
});
