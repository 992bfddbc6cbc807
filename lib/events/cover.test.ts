import { describe, expect, it } from "vitest";
import { coverFallback, coverSizeProblem, eventCoverSchema, listPicture } from "./cover";

const EVENT_ID = "6f1c1f0e-2b7a-4d5e-9a55-0d4c2f1b7a10";

describe("an event's cover", () => {
  it("fits when at least 800 × 450 and landscape, within 3:1; says what is wrong otherwise", () => {
    expect(coverSizeProblem(1500, 1000)).toBeNull();
    expect(coverSizeProblem(800, 450)).toBeNull();
    expect(coverSizeProblem(1350, 450)).toBeNull();
    expect(coverSizeProblem(640, 480)).toBe("The photo is 640 × 480 pixels; a cover needs at least 800 × 450. Use a larger copy of the photo.");
    expect(coverSizeProblem(1200, 449)).toMatch(/^The photo is 1,200 × 449 pixels; a cover needs at least 800 × 450/);
    expect(coverSizeProblem(3000, 900)).toBe("The photo is 3,000 × 900 pixels, a panorama; a cover can be at most three times as wide as it is tall. Crop it and upload it again.");
    expect(coverSizeProblem(900, 1600)).toBe("The photo is 900 × 1,600 pixels, taller than it is wide; a cover is shown landscape. Choose a landscape photo or crop it.");
  });

  it("needs alt text: blank or missing is refused in words, and it is trimmed", () => {
    for (const coverAlt of ["", "   ", undefined]) {
      const parsed = eventCoverSchema.safeParse({ eventId: EVENT_ID, coverAlt });
      expect(parsed.success, String(coverAlt)).toBe(false);
      expect(parsed.error?.issues[0]).toMatchObject({ path: ["coverAlt"], message: "Enter the alt text" });
    }
    expect(eventCoverSchema.parse({ eventId: EVENT_ID, coverAlt: "  Delegates at the table " }).coverAlt).toBe("Delegates at the table");
    expect(eventCoverSchema.safeParse({ eventId: EVENT_ID, coverAlt: "x".repeat(301) }).error?.issues[0].message).toBe("Keep the alt text under 300 characters");
    expect(eventCoverSchema.safeParse({ eventId: "not-an-id", coverAlt: "A panel" }).success).toBe(false);
  });

  it("without a photo is drawn from the format, the date on the event's own calendar, and the title", () => {
    // 02:30 UTC on 1 March is still 28 February in New York.
    const drawn = coverFallback({ format: "policy_forum", startsAt: new Date("2027-03-01T02:30:00Z"), timeZone: "America/New_York", title: "  Financing  for Development\nafter Seville " });
    expect(drawn).toEqual({
      label: "Policy forum",
      day: "28",
      month: "Feb",
      year: "2027",
      longDate: "Sunday 28 February 2027",
      title: "Financing for Development after Seville",
      tone: "ink",
      size: "lg",
    });
    const vienna = coverFallback({ format: "roundtable", startsAt: new Date("2027-03-01T02:30:00Z"), timeZone: "Europe/Vienna", title: "Søreide and Mälksoo on small states" });
    expect(vienna).toMatchObject({ label: "Roundtable", day: "1", month: "Mar", tone: "teal", title: "Søreide and Mälksoo on small states" });
  });

  it("sets long titles smaller, and gives each kind of event one of the house tones", () => {
    const at = { startsAt: new Date("2027-05-04T14:00:00Z"), timeZone: "UTC" };
    expect(coverFallback({ ...at, format: "dinner", title: "x".repeat(45) }).size).toBe("lg");
    expect(coverFallback({ ...at, format: "dinner", title: "x".repeat(46) }).size).toBe("md");
    expect(coverFallback({ ...at, format: "dinner", title: "x".repeat(81) }).size).toBe("sm");
    expect(coverFallback({ ...at, format: "dinner", title: "A" }).tone).toBe("paper");
    expect(coverFallback({ ...at, format: "other", title: "A" }).label).toBe("Event");
  });

  it("in a list, a published recap's lead photo comes before the cover", () => {
    expect(listPicture("lead", "cover")).toBe("lead");
    expect(listPicture(null, "cover")).toBe("cover");
    expect(listPicture(null, null)).toBeNull();
  });
});
