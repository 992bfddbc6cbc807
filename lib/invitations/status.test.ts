import { describe, expect, it } from "vitest";
import { canMove, fits, seatsFor } from "./status";

describe("invitation statuses", () => {
  it("lets a guest answer, and change their mind", () => {
    expect(canMove("invited", "accepted")).toBe(true);
    expect(canMove("accepted", "declined")).toBe(true);
    expect(canMove("declined", "accepted")).toBe(true);
    expect(canMove("waitlisted", "accepted")).toBe(true);
  });

  it("refuses moves that make no sense", () => {
    expect(canMove("not_sent", "accepted")).toBe(false);
    expect(canMove("delegated", "accepted")).toBe(false);
    expect(canMove("accepted", "waitlisted")).toBe(false);
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
