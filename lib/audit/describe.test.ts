import { describe, expect, it } from "vitest";
import { describeAction, fieldLabel, formatValue } from "./describe";

describe("history wording", () => {
  it("reads actions and fields in words", () => {
    expect(describeAction("event.cancelled")).toBe("cancelled the event");
    expect(describeAction("guest.checked_in")).toBe("guest checked in");
    expect(describeAction("recap.published")).toBe("published the recap");
    expect(describeAction("recap.sent_back")).toBe("sent the recap back to draft");
    expect(fieldLabel("rsvpDeadline")).toBe("the reply deadline");
    expect(fieldLabel("capacity")).toBe("the capacity");
  });

  it("writes values plainly", () => {
    expect(formatValue(null)).toBe("nothing");
    expect(formatValue(true)).toBe("yes");
    expect(formatValue(["a", "b"])).toBe("2 items");
    expect(formatValue(90)).toBe("90");
  });
});
