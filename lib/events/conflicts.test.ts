import { describe, expect, it } from "vitest";
import { findConflicts, overlaps, type ConflictCandidate } from "./conflicts";

const at = (h: number, m = 0) => new Date(Date.UTC(2026, 11, 9, h, m));
const event = (over: Partial<ConflictCandidate>): ConflictCandidate => ({
  id: "a",
  title: "A",
  startsAt: at(14),
  endsAt: at(16),
  venueId: "hall",
  speakerPersonIds: [],
  ...over,
});

describe("conflicts", () => {
  it("treats touching bookings as no clash", () => {
    expect(overlaps({ startsAt: at(14), endsAt: at(16) }, { startsAt: at(16), endsAt: at(18) })).toBe(false);
    expect(overlaps({ startsAt: at(14), endsAt: at(16) }, { startsAt: at(15, 59), endsAt: at(18) })).toBe(true);
  });

  it("finds two events at one venue at the same time", () => {
    const other = event({ id: "b", title: "Ministerial dinner", startsAt: at(15), endsAt: at(17) });
    expect(findConflicts(event({}), [other])).toEqual([{ kind: "venue", eventId: "b", eventTitle: "Ministerial dinner" }]);
    expect(findConflicts(event({}), [{ ...other, venueId: "elsewhere" }])).toEqual([]);
  });

  it("finds a speaker booked at two overlapping events anywhere", () => {
    const mine = event({ venueId: "new-york", speakerPersonIds: ["soreide", "kiai"] });
    const other = event({ id: "b", title: "Vienna launch", venueId: "vienna", speakerPersonIds: ["soreide"] });
    expect(findConflicts(mine, [other])).toEqual([{ kind: "speaker", eventId: "b", eventTitle: "Vienna launch", personId: "soreide" }]);
  });

  it("ignores the event itself", () => {
    expect(findConflicts(event({}), [event({})])).toEqual([]);
  });
});
