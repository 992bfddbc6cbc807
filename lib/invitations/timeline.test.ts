import { describe, expect, it } from "vitest";
import { responseTimeline, timelineFromCounts } from "./timeline";

const at = (iso: string) => new Date(iso);

describe("answers over time", () => {
  it("counts each answer from the day it was given, day by day in the event's zone", () => {
    const days = responseTimeline(
      [
        { respondedAt: at("2026-11-02T15:00:00Z"), status: "accepted" },
        { respondedAt: at("2026-11-03T03:30:00Z"), status: "declined" }, // 2 November in New York
        { respondedAt: at("2026-11-04T12:00:00Z"), status: "accepted" },
        { respondedAt: null, status: "invited" },
      ],
      { from: at("2026-11-01T14:00:00Z"), until: at("2026-11-05T14:00:00Z"), timeZone: "America/New_York" },
    );
    expect(days.map((d) => d.day)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"]);
    expect(days.map((d) => [d.accepted, d.declined])).toEqual([
      [0, 0],
      [1, 1],
      [1, 1],
      [2, 1],
      [2, 1],
    ]);
  });

  it("keeps to the last 90 days, counting earlier answers on the first", () => {
    const days = responseTimeline([{ respondedAt: at("2026-01-01T12:00:00Z"), status: "accepted" }], {
      from: at("2026-01-01T00:00:00Z"),
      until: at("2026-12-31T12:00:00Z"),
      timeZone: "UTC",
    });
    expect(days).toHaveLength(90);
    expect(days[0].accepted).toBe(1);
  });
});

describe("the timeline from counts", () => {
  it("gives the same days as counting answer by answer", () => {
    const tz = "Asia/Bahrain";
    const answers = [
      { respondedAt: at("2026-11-01T10:00:00Z"), status: "accepted" },
      { respondedAt: at("2026-11-01T22:30:00Z"), status: "declined" }, // the 2nd in Bahrain
      { respondedAt: at("2026-11-03T09:00:00Z"), status: "accepted" },
      { respondedAt: at("2026-11-03T09:00:00Z"), status: "waitlisted" },
      { respondedAt: null, status: "invited" },
      { respondedAt: at("2026-10-01T09:00:00Z"), status: "accepted" }, // before the window: counts on its first day
    ];
    const opts = { from: at("2026-10-30T08:00:00Z"), until: at("2026-11-04T08:00:00Z"), timeZone: tz };
    const counts = [
      { day: "2026-11-01", status: "accepted", count: 1 },
      { day: "2026-11-02", status: "declined", count: 1 },
      { day: "2026-11-03", status: "accepted", count: 1 },
      { day: "2026-11-03", status: "waitlisted", count: 1 },
      { day: "2026-10-01", status: "accepted", count: 1 },
    ];
    const fromAnswers = responseTimeline(answers, opts);
    expect(timelineFromCounts(counts, opts)).toEqual(fromAnswers);
    expect(fromAnswers[0]).toEqual({ day: "2026-10-30", accepted: 1, declined: 0, waitlisted: 0 });
    expect(fromAnswers.at(-1)).toEqual({ day: "2026-11-04", accepted: 3, declined: 1, waitlisted: 1 });
  });
});
