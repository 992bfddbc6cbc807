import { describe, expect, it } from "vitest";
import { GONE_MS, readAtDoor } from "./repeat-scan";

describe("a badge held up to the door's camera", () => {
  it("is checked in on the first read", () => {
    expect(readAtDoor(null, "ABCD2345", 0)).toEqual({ submit: true, last: { code: "ABCD2345", at: 0 } });
  });

  it("is not checked in again while it stays in view, however long", () => {
    let last = readAtDoor(null, "ABCD2345", 0).last;
    for (let t = 200; t <= 60_000; t += 200) {
      const read = readAtDoor(last, "ABCD2345", t);
      expect(read.submit).toBe(false);
      last = read.last;
    }
  });

  it("is not made new by a frame that cannot be read", () => {
    const { last } = readAtDoor(null, "ABCD2345", 0);
    const blurred = readAtDoor(last, null, 200);
    expect(blurred).toEqual({ submit: false, last });
    expect(readAtDoor(blurred.last, "ABCD2345", 400).submit).toBe(false);
  });

  it("counts again once it has been out of view for two seconds", () => {
    const { last } = readAtDoor(null, "ABCD2345", 0);
    expect(readAtDoor(last, "ABCD2345", GONE_MS - 1).submit).toBe(false);
    expect(readAtDoor(last, "ABCD2345", GONE_MS).submit).toBe(true);
  });

  it("another badge is checked in at once", () => {
    const { last } = readAtDoor(null, "ABCD2345", 0);
    expect(readAtDoor(last, "WXYZ6789", 100)).toEqual({ submit: true, last: { code: "WXYZ6789", at: 100 } });
  });
});
