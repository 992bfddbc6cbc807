import { describe, expect, it } from "vitest";
import { canMove, fits, seatsFor } from "./status";

describe("invitation statuses", () => {
  it("lets a guest answer, and change their mind", () => {
    const moves = [["invited", "accepted"], ["accepted", "declined"], ["declined", "accepted"], ["waitlisted", "accepted"]] as const;
    for (const [from, to] of moves) expect(canMove(from, to), `${from} → ${to}`).toBe(true);
  });

  it("refuses moves that make no sense", () => {
    const moves = [["not_sent", "accepted"], ["delegated", "accepted"], ["accepted", "waitlisted"]] as const;
    for (const [from, to] of moves) expect(canMove(from, to), `${from} → ${to}`).toBe(false);
  });

  it("counts a plus-one as a second seat", () => {
    expect(seatsFor(null)).toBe(1);
    expect(seatsFor("  ")).toBe(1);
    expect(seatsFor("Mr. Lars Søreide")).toBe(2);
  });

  it("fits answers within capacity, exactly to the last seat", () => {
    expect(fits(null, 500, 2)).toBe(true);
    expect(fits(50, 48, 2)).toBe(true);
    expect(fits(50, 49, 2)).toBe(false);
    expect(fits(50, 50, 1)).toBe(false);
  });
});
