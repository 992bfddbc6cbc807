import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { MINISTER } from "@/lib/test/people";
import { GUEST_CSV_COLUMNS, guestsToCsv, printedName, type ExportGuest } from "./export";

const guest = (over: Partial<ExportGuest> = {}): ExportGuest => ({
  ...MINISTER,
  status: "accepted",
  plusOneName: null,
  dietary: "Vegetarian",
  accessibility: null,
  onBehalfOfName: "Kari Nordmann",
  onBehalfOfEmail: "kari@example.org",
  checkedInAt: null,
  ...over,
});

describe("guest list export", () => {
  it("has the columns staff and caterers need, one guest a row, with a BOM for Excel", () => {
    const csv = guestsToCsv([guest()]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(rows[0]).toEqual([...GUEST_CSV_COLUMNS]);
    expect(rows[1]).toEqual(["H.E. Ms.", "Ine Eriksen", "Søreide", "Minister of Foreign Affairs", "Norway", "ine@example.org", "Accepted", "", "Vegetarian", "", "Kari Nordmann <kari@example.org>", ""]);
  });

  it("never lets a cell become a spreadsheet formula, even over several lines", () => {
    const csv = guestsToCsv([guest({ givenName: "=HYPERLINK(\"http://evil\")", familyName: "+1", affiliation: "@SUM(A1)", dietary: "-2\n=1+1" })]);
    const row = Papa.parse<string[]>(csv.slice(1).trim()).data[1];
    for (const cell of [row[1], row[2], row[4], row[8]]) expect(cell.startsWith("'")).toBe(true);
  });

  it("quotes commas, quotes and line breaks", () => {
    const csv = guestsToCsv([guest({ positionTitle: 'Vice President, "Operations"', accessibility: "Ramp\nSeat near exit" })]);
    const row = Papa.parse<string[]>(csv.slice(1).trim()).data[1];
    expect(row[3]).toBe('Vice President, "Operations"');
    expect(row[9]).toBe("Ramp\nSeat near exit");
  });

  it("prints names family name first", () => {
    expect(printedName(guest())).toBe("Søreide, H.E. Ms. Ine Eriksen");
    expect(printedName(guest({ honorific: null }))).toBe("Søreide, Ine Eriksen");
  });
});
