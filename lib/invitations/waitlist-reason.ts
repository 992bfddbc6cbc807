/** What the guest's page knows about a waitlisted guest's place, read together (capacity.ts `waitlistStanding`). */
export type WaitlistStanding = {
  /** 1 for the first in line. */
  position: number;
  capacity: number | null;
  seatsTaken: number;
  /** The guest and the person they bring. */
  seatsWanted: number;
  /** What the first in line needs; the guest's own need when they are first. */
  firstInLineSeats: number;
};

const places = (n: number) => (n === 1 ? "1 place" : `${n} places`);

/**
 * Why a waitlisted guest waits, in words that are true at this moment: "full"
 * only when every seat is taken; otherwise the seats left and what the
 * guest's party (or the party first in line, who is served first) needs.
 */
export function waitlistReason(s: WaitlistStanding): string {
  const free = s.capacity === null ? Infinity : Math.max(0, s.capacity - s.seatsTaken);
  if (free === 0) return "The event is full.";
  const left = free === 1 ? "There is 1 place left" : `There are ${free} places left`;
  if (free < s.seatsWanted) return `${left}, and you asked for ${places(s.seatsWanted)}: for you and your guest.`;
  if (s.position > 1 && free < s.firstInLineSeats) {
    return `${left}, but places go to the waitlist in order, and the guest first in line needs ${places(s.firstInLineSeats)}.`;
  }
  // The line should have moved already; the desk's regular check moves it (stranded.ts).
  return "A place has opened and the waitlist is moving up.";
}
