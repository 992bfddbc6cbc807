import { describe, expect, it } from "vitest";
import { EVENT_FORMATS } from "./format";
import { defaultsForFormat } from "./format-defaults";

describe("defaults per format", () => {
  it("makes a dinner invitation-only, asks diets and allows no plus-ones", () => {
    expect(defaultsForFormat("dinner")).toMatchObject({ visibility: "invitation_only", askDietary: true, plusOnesAllowed: false });
  });

  it("makes a policy forum public and on the record", () => {
    expect(defaultsForFormat("policy_forum")).toMatchObject({ visibility: "public", attribution: "on_record" });
  });

  it("holds a roundtable under the Chatham House rule without announcing speakers", () => {
    expect(defaultsForFormat("roundtable")).toMatchObject({ attribution: "chatham_house", announceSpeakers: false });
  });

  it("has a positive length for every format", () => {
    for (const f of EVENT_FORMATS) expect(defaultsForFormat(f).durationMinutes).toBeGreaterThan(0);
  });
});
