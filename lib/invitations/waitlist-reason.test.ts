import { describe, expect, it } from "vitest";
import { waitlistReason, type WaitlistStanding } from "./waitlist-reason";

const standing = (s: Partial<WaitlistStanding>): WaitlistStanding => ({ position: 1, capacity: 120, seatsTaken: 120, seatsWanted: 1, firstInLineSeats: 1, ...s });

describe("why a waitlisted guest waits", () => {
  it("says the event is full only when every seat is taken", () => {
    expect(waitlistReason(standing({ seatsTaken: 120 }))).toBe("The event is full.");
    expect(waitlistReason(standing({ seatsTaken: 121 }))).toBe("The event is full.");
    for (const taken of [6, 118, 119]) expect(waitlistReason(standing({ seatsTaken: taken, position: 2, seatsWanted: 2, firstInLineSeats: 2 }))).not.toMatch(/full/);
  });

  it("names the seats left when the guest's party does not fit them", () => {
    expect(waitlistReason(standing({ seatsTaken: 119, seatsWanted: 2, firstInLineSeats: 2 }))).toBe("There is 1 place left, and you asked for 2 places: for you and your guest.");
  });

  it("names the party first in line when a smaller party waits behind it", () => {
    expect(waitlistReason(standing({ seatsTaken: 119, position: 2, seatsWanted: 1, firstInLineSeats: 2 }))).toBe(
      "There is 1 place left, but places go to the waitlist in order, and the guest first in line needs 2 places.",
    );
  });

  it("never says full while a seat the guest fits is free: the line is moving", () => {
    expect(waitlistReason(standing({ seatsTaken: 6, position: 2 }))).toBe("A place has opened and the waitlist is moving up.");
    expect(waitlistReason(standing({ capacity: null, seatsTaken: 6 }))).toBe("A place has opened and the waitlist is moving up.");
  });
});
