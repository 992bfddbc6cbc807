import { describe, expect, it } from "vitest";
import { displayName, personName, sortKey } from "./display-name";

describe("display names", () => {
  it("composes honorific, name, title and affiliation one way", () => {
    expect(
      displayName({
        honorific: "H.E. Ms.",
        givenName: "Helen",
        familyName: "Clark",
        positionTitle: "Former Prime Minister of New Zealand",
      }),
    ).toBe("H.E. Ms. Helen Clark, Former Prime Minister of New Zealand");
    expect(
      displayName({
        honorific: "H.E. Ms.",
        givenName: "Ine Eriksen",
        familyName: "Søreide",
        positionTitle: "Minister of Foreign Affairs",
        affiliation: "Norway",
      }),
    ).toBe("H.E. Ms. Ine Eriksen Søreide, Minister of Foreign Affairs, Norway");
  });

  it("leaves out what is missing and tidies spaces", () => {
    expect(displayName({ givenName: " Jake ", familyName: "Sherman", affiliation: "IPI" })).toBe("Jake Sherman, IPI");
    expect(personName({ honorific: "", givenName: "Maina", familyName: "Kiai" })).toBe("Maina Kiai");
  });

  it("does not repeat an affiliation the title already names", () => {
    expect(
      displayName({ honorific: "Mr.", givenName: "Terje", familyName: "Rød-Larsen", positionTitle: "IPI President", affiliation: "IPI" }),
    ).toBe("Mr. Terje Rød-Larsen, IPI President");
  });

  it("sorts by family name without diacritics", () => {
    const names = [
      { givenName: "Ine Eriksen", familyName: "Søreide" },
      { givenName: "Achim", familyName: "Steiner" },
      { givenName: "Terje", familyName: "Rød-Larsen" },
    ];
    expect(names.sort((a, b) => sortKey(a).localeCompare(sortKey(b))).map((n) => n.familyName)).toEqual([
      "Rød-Larsen",
      "Søreide",
      "Steiner",
    ]);
  });
});
