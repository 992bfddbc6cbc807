import { describe, expect, it } from "vitest";
import { byPrecedence, comparePrecedence, explainOrder, moveInOrder, type Ranked, withReasons } from "./precedence";

const person = (id: string, over: Partial<Ranked> = {}): Ranked => ({
  id,
  givenName: `Given ${id}`,
  familyName: `Family ${id}`,
  precedenceClass: null,
  credentialsDate: null,
  ...over,
});
const ids = (list: Ranked[]) => list.map((p) => p.id);

describe("precedence", () => {
  it("orders by class, highest first", () => {
    const list = [
      person("civil", { precedenceClass: "academic_or_civil_society" }),
      person("amb", { precedenceClass: "ambassador" }),
      person("min", { precedenceClass: "minister" }),
      person("hos", { precedenceClass: "head_of_state_or_government" }),
      person("sg", { precedenceClass: "un_secretary_general" }),
    ];
    expect(ids(byPrecedence(list))).toEqual(["hos", "min", "sg", "amb", "civil"]);
  });

  it("explains a class comparison in words", () => {
    const min = person("a", { precedenceClass: "minister" });
    const amb = person("b", { precedenceClass: "ambassador" });
    expect(comparePrecedence(min, amb)).toEqual({ order: -1, reason: "Minister before ambassador" });
    expect(comparePrecedence(amb, min)).toEqual({ order: 1, reason: "Minister before ambassador" });
  });

  it("orders ambassadors by date of credentials, earlier first, unknown after known", () => {
    const list = [
      person("unknown", { precedenceClass: "ambassador", familyName: "Aalto" }),
      person("late", { precedenceClass: "ambassador", credentialsDate: "2024-09-01", familyName: "Baker" }),
      person("early", { precedenceClass: "ambassador", credentialsDate: "2019-03-12", familyName: "Zeller" }),
    ];
    expect(ids(byPrecedence(list))).toEqual(["early", "late", "unknown"]);
    expect(comparePrecedence(list[2], list[1]).reason).toBe("Ambassadors and permanent representatives by date of credentials");
    expect(comparePrecedence(list[1], list[0]).reason).toContain("a known date before an unknown one");
  });

  it("does not use credentials dates for classes that do not rank by them", () => {
    const a = person("a", { precedenceClass: "minister", credentialsDate: "2025-01-01", familyName: "Adams" });
    const b = person("b", { precedenceClass: "minister", credentialsDate: "2010-01-01", familyName: "Brown" });
    expect(ids(byPrecedence([b, a]))).toEqual(["a", "b"]);
    expect(comparePrecedence(a, b).reason).toBe("Same rank: by family name");
  });

  it("puts people with no rank after every official rank but before staff", () => {
    const list = [person("staff", { precedenceClass: "staff" }), person("none"), person("civil", { precedenceClass: "academic_or_civil_society" })];
    expect(ids(byPrecedence(list))).toEqual(["civil", "none", "staff"]);
    expect(comparePrecedence(list[2], list[1]).reason).toBe("Academic or civil society before no rank recorded");
  });

  it("breaks ties by family name, then given name, then id, whatever the input order", () => {
    const a = person("id-2", { familyName: "Okafor", givenName: "Ada" });
    const b = person("id-1", { familyName: "Okafor", givenName: "Ada" });
    const c = person("id-3", { familyName: "Okafor", givenName: "Bola" });
    const d = person("id-4", { familyName: "Ndiaye", givenName: "Zara" });
    expect(ids(byPrecedence([a, b, c, d]))).toEqual(["id-4", "id-1", "id-2", "id-3"]);
    expect(ids(byPrecedence([c, d, b, a]))).toEqual(["id-4", "id-1", "id-2", "id-3"]);
    expect(comparePrecedence(b, c).reason).toBe("Same rank: by given name");
    expect(comparePrecedence(b, a).reason).toBe("Same rank and name: in a fixed order");
    // Case and accents do not change the order of names.
    expect(comparePrecedence(person("x", { familyName: "élan" }), person("y", { familyName: "Elan" })).order).toBe(-1);
  });

  it("follows staff's order for the event among the guests staff placed", () => {
    const min = person("min", { precedenceClass: "minister", precedenceOverride: 2 });
    const amb = person("amb", { precedenceClass: "ambassador", precedenceOverride: 1 });
    const civil = person("civil", { precedenceClass: "academic_or_civil_society" });
    expect(ids(byPrecedence([min, amb, civil]))).toEqual(["amb", "min", "civil"]);
    expect(explainOrder(amb, min)).toBe("Staff's order for this event");
    expect(explainOrder(min, civil)).toBe("Minister before academic or civil society");
  });

  it("lets a guest staff never placed (a late acceptance) take their place by precedence", () => {
    const a = person("a", { precedenceClass: "ambassador", credentialsDate: "2020-01-01", precedenceOverride: 2 });
    const b = person("b", { precedenceClass: "ambassador", credentialsDate: "2021-01-01", precedenceOverride: 1 });
    const late = person("late", { precedenceClass: "minister" });
    expect(ids(byPrecedence([a, b, late]))).toEqual(["late", "b", "a"]);
  });

  it("gives each guest the reason they follow the one before", () => {
    const reasons = withReasons([person("amb", { precedenceClass: "ambassador" }), person("min", { precedenceClass: "minister" })]);
    expect(reasons.map((r) => [r.guest.id, r.reason])).toEqual([
      ["min", null],
      ["amb", "Minister before ambassador"],
    ]);
  });

  it("moves one guest within staff's order and numbers everyone from 1", () => {
    expect([...moveInOrder(["a", "b", "c", "d"], "c", 0)]).toEqual([["c", 1], ["a", 2], ["b", 3], ["d", 4]]);
    expect([...moveInOrder(["a", "b", "c"], "a", 9)]).toEqual([["b", 1], ["c", 2], ["a", 3]]);
    expect([...moveInOrder(["a", "b"], "a", -3)]).toEqual([["a", 1], ["b", 2]]);
  });
});
