import { describe, expect, it } from "vitest";
import { RequestPacer } from "./pacer";

function pacerAt(start = 0) {
  const clock = { now: start };
  const pacer = new RequestPacer(() => clock.now);
  /** Requests started at these times, each accepted. */
  const acceptedAt = (times: readonly number[]) => {
    for (const at of times) {
      clock.now = at;
      pacer.started();
      pacer.succeeded();
    }
  };
  return { clock, pacer, acceptedAt };
}

describe("request pacer", () => {
  it("holds nothing back until the provider says or shows a limit", () => {
    const { pacer } = pacerAt();
    pacer.started();
    pacer.succeeded();
    expect(pacer.delay()).toBe(0);
  });

  it("spaces requests as the provider asks", () => {
    const { clock, pacer } = pacerAt();
    pacer.started();
    clock.now = 100;
    expect(pacer.delay(500)).toBe(400);
  });

  it("keeps the announced pace after a refusal: that 429 was timing noise", () => {
    const { clock, pacer } = pacerAt();
    pacer.started();
    pacer.refused(1_000, 500);
    clock.now = 100;
    expect(pacer.delay(500)).toBe(400);
  });

  it("infers two a second from two accepted and a 429 saying wait one second", () => {
    const { clock, pacer, acceptedAt } = pacerAt();
    acceptedAt([0, 300]);
    clock.now = 600;
    pacer.started();
    pacer.refused(1_000);
    clock.now = 1_600;
    pacer.started();
    clock.now = 1_700;
    expect(pacer.delay()).toBe(400);
  });

  it("slows further when refused again at the inferred pace", () => {
    const { clock, pacer, acceptedAt } = pacerAt();
    // Three accepted within a second, across two of the provider's windows.
    acceptedAt([0, 330, 660]);
    clock.now = 990;
    pacer.started();
    pacer.refused(1_000);
    pacer.started();
    expect(pacer.delay()).toBeCloseTo(333.33, 1);
    acceptedAt([2_000, 2_333, 2_666]);
    clock.now = 3_000;
    pacer.started();
    pacer.refused(1_000);
    expect(pacer.delay()).toBe(500);
  });
});
