import { describe, expect, it } from "vitest";
import { decodeCsvBytes, MAX_CSV_BYTES, parsePeopleCsv, peopleToCsv } from "./csv";

const HEADER = "Honorific,Given name,Family name,Title,Affiliation,Email";

describe("reading a people CSV", () => {
  it("reports every bad row by the line it is on, with the reason in words", () => {
    const csv = [
      HEADER,
      "H.E. Ms.,Helen,Clark,Former Prime Minister,New Zealand,helen@example.org",
      ",Kofi,,Chair,The Elders,kofi@example.org",
      ",Terje,Rød-Larsen,President,IPI,not-an-address",
      "",
      ",Jane,Doe,,,HELEN@example.org",
      ",Too,Few,Columns",
      ",Too,Many,A,B,c@example.org,extra",
      ",Kofi,Annan,,,kofi@example.org",
    ].join("\n");
    const { rows, errors } = parsePeopleCsv(csv);
    expect(rows.map((r) => r.familyName)).toEqual(["Clark"]);
    expect(errors).toEqual([
      { line: 3, message: expect.stringMatching(/^Missing family name$/) },
      { line: 4, message: expect.stringMatching(/invalid email “not-an-address”/i) },
      { line: 6, message: expect.stringMatching(/helen@example\.org is repeated within the file \(first at line 2\)/) },
      { line: 7, message: expect.stringMatching(/^Too few columns: expected 6, found 4/) },
      { line: 8, message: expect.stringMatching(/^Too many columns: expected 6, found 7/) },
      // Line 3 is bad for another reason, but its address still counts.
      { line: 9, message: expect.stringMatching(/kofi@example\.org is repeated within the file \(first at line 3\)/) },
    ]);
  });

  it("reads quoted fields with commas, quotes and line breaks, and counts lines from where a record starts", () => {
    const csv = [
      HEADER,
      '"H.E. Mr.","Jean","Arnault","Personal Envoy, Secretary-General","United Nations, New York",jean@example.org',
      ',Ine Eriksen,Søreide,"Minister of Foreign Affairs',
      'of Norway","The ""Government""",',
      ",Broken,,,,",
    ].join("\r\n");
    const { rows, errors } = parsePeopleCsv(csv);
    expect(rows[0]).toMatchObject({ line: 2, positionTitle: "Personal Envoy, Secretary-General", affiliation: "United Nations, New York" });
    expect(rows[1]).toMatchObject({ line: 3, positionTitle: "Minister of Foreign Affairs\nof Norway", affiliation: 'The "Government"', email: null });
    expect(errors).toEqual([{ line: 5, message: "Missing family name" }]);
  });

  it("says where a quoted field is never closed", () => {
    const { rows, errors } = parsePeopleCsv(`${HEADER}\n,Helen,Clark,,,\n,Kofi,"Annan,,,\n,Ine,Søreide,,,\n`);
    expect(rows.map((r) => r.familyName)).toEqual(["Clark"]);
    expect(errors).toEqual([{ line: 3, message: expect.stringMatching(/quoted field is never closed/) }]);
  });

  it("keeps UTF-8 names, drops a byte-order mark and skips blank lines", () => {
    const csv = "\uFEFFfirst name,LAST NAME,organization,e-mail\n\n,,,\nTerje,Rød-Larsen,IPI,Terje@Example.org\n\nIne Eriksen,Søreide,Norway,\n";
    const { rows, errors } = parsePeopleCsv(csv);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { line: 4, honorific: null, givenName: "Terje", familyName: "Rød-Larsen", positionTitle: null, affiliation: "IPI", email: "terje@example.org" },
      { line: 6, honorific: null, givenName: "Ine Eriksen", familyName: "Søreide", positionTitle: null, affiliation: "Norway", email: null },
    ]);
  });

  it("reads semicolon files from a European spreadsheet", () => {
    const { rows } = parsePeopleCsv("Given name;Family name;Affiliation\nJonas;Gahr Støre;Government of Norway, Oslo\n");
    expect(rows[0]).toMatchObject({ familyName: "Gahr Støre", affiliation: "Government of Norway, Oslo" });
  });

  it("gives one error on line 1 for an unknown or missing required header", () => {
    const unknown = parsePeopleCsv("Name,Family name,Email\nHelen Clark,Clark,h@example.org\n");
    expect(unknown).toEqual({ rows: [], errors: [{ line: 1, message: expect.stringMatching(/unknown column “Name”.*no Given name column/) }] });
    const missing = parsePeopleCsv("Given name,Email\nHelen,h@example.org\n");
    expect(missing.errors).toEqual([{ line: 1, message: expect.stringMatching(/no Family name column/) }]);
  });

  it("refuses a binary file and an oversized one with one clear error", () => {
    const png = decodeCsvBytes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
    expect(parsePeopleCsv(png)).toEqual({ rows: [], errors: [{ line: 1, message: expect.stringMatching(/not a text file/) }] });
    const big = `${HEADER}\n${",Helen,Clark,,,\n".repeat(Math.ceil(MAX_CSV_BYTES / 15))}`;
    expect(parsePeopleCsv(big)).toEqual({ rows: [], errors: [{ line: 1, message: expect.stringMatching(/larger than 5 MB/) }] });
  });

  it("reads Excel's Windows-1252 CSV as well as UTF-8", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode("Given name,Family name\nTerje,R"), 0xf8, ...new TextEncoder().encode("d-Larsen\n")]);
    expect(parsePeopleCsv(decodeCsvBytes(latin1)).rows[0].familyName).toBe("Rød-Larsen");
    expect(parsePeopleCsv(decodeCsvBytes(new TextEncoder().encode("Given name,Family name\nIne,Søreide\n"))).rows[0].familyName).toBe("Søreide");
  });
});

describe("exporting people as CSV", () => {
  const helen = { honorific: "H.E. Ms.", givenName: "Helen", familyName: "Clark", positionTitle: "Former Prime Minister, New Zealand", affiliation: null, email: "helen@example.org" };

  it("never lets a spreadsheet run a cell as a formula", () => {
    const csv = peopleToCsv([
      { ...helen, givenName: "=SUM(1)", familyName: "@cmd", positionTitle: "+1 555", affiliation: "-2+3", email: null },
      { ...helen, honorific: "\tx", notes: undefined, positionTitle: "=1\nsecond line" } as typeof helen,
    ]);
    const lines = csv.split("\r\n");
    expect(lines[1]).toBe(`H.E. Ms.,"'=SUM(1)","'@cmd","'+1 555","'-2+3",`);
    expect(csv).toContain(`"'=1\nsecond line"`);
    expect(csv).toContain(`'\tx`);
    expect(csv).not.toMatch(/(^|,)"?[=@+\-\t]/m);
  });

  it("starts with a header and a byte-order mark, quotes commas, and reads back as it was", () => {
    const csv = peopleToCsv([helen, { ...helen, givenName: "=SUM(1)", familyName: "Rød-Larsen", email: "t@example.org" }]);
    expect(csv.startsWith("\uFEFFHonorific,Given name,Family name,Title,Affiliation,Email\r\n")).toBe(true);
    expect(csv).toContain('"Former Prime Minister, New Zealand"');
    const back = parsePeopleCsv(csv);
    expect(back.errors).toEqual([]);
    expect(back.rows).toEqual([
      { line: 2, ...helen },
      { line: 3, ...helen, givenName: "=SUM(1)", familyName: "Rød-Larsen", email: "t@example.org" },
    ]);
  });
});
