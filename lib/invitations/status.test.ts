import { describe, expect, it } from "vitest";
import { canMove, fits, placeAcceptance, seatsFor } from "./status";

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

describe("where an acceptance lands", () => {
  const at = (p: Partial<Parameters<typeof placeAcceptance>[0]>) =>
    placeAcceptance({ capacity: 10, waitlistEnabled: true, seatsTaken: 0, seatsWanted: 1, someoneWaitsAhead: false, ...p });
  it("seats a party that fits while nobody waits ahead", () => {
    expect(at({ seatsTaken: 8, seatsWanted: 2 })).toBe("accepted");
    expect(at({ capacity: null, seatsTaken: 500, someoneWaitsAhead: true })).toBe("accepted");
  });
  it("waitlists a party that does not fit, or one with guests waiting ahead", () => {
    expect(at({ seatsTaken: 9, seatsWanted: 2 })).toBe("waitlisted");
    expect(at({ seatsTaken: 0, someoneWaitsAhead: true })).toBe("waitlisted");
  });
  it("refuses when the event keeps no waitlist", () => {
    expect(at({ seatsTaken: 10, waitlistEnabled: false })).toBe("full");
  });
});
