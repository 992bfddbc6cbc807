import { describe, expect, it } from "vitest";
import { doorSheets, familyNameFirst } from "./door-sheets";

describe("the printed door list", () => {
  it("puts forty names on a sheet, twenty down each column, in order", () => {
    const names = Array.from({ length: 80 }, (_, i) => i);
    const sheets = doorSheets(names);
    expect(sheets).toHaveLength(2);
    expect(sheets[0]).toMatchObject({ number: 1, of: 2 });
    expect(sheets[0].columns[0]).toEqual(names.slice(0, 20));
    expect(sheets[0].columns[1]).toEqual(names.slice(20, 40));
    expect(sheets[1].columns[1].at(-1)).toBe(79);
    expect(doorSheets(Array.from({ length: 81 }, (_, i) => i))).toHaveLength(3);
    // A short list fills the first column first; an empty one still prints its header.
    expect(doorSheets([1, 2, 3])[0].columns).toEqual([[1, 2, 3], []]);
    expect(doorSheets([])).toEqual([{ number: 1, of: 1, columns: [[], []] }]);
  });

  it("writes the family name first, the honorific apart", () => {
    expect(familyNameFirst({ honorific: "H.E. Mr.", givenName: "Domenico", familyName: "Bellato" })).toEqual({ name: "Bellato, Domenico", honorific: "H.E. Mr." });
    expect(familyNameFirst({ honorific: " ", givenName: "Noura", familyName: "Al-Khalifa" })).toEqual({ name: "Al-Khalifa, Noura", honorific: null });
  });
});
