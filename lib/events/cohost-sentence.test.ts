import { describe, expect, it } from "vitest";
import { cohostLine, joinNames } from "./cohost-sentence";

describe("co-host sentences", () => {
  it("joins names in the order staff set", () => {
    expect(joinNames(["Government of Sierra Leone", "Catalyst for Peace"])).toBe("Government of Sierra Leone and Catalyst for Peace");
    expect(joinNames(["Finland", "Indonesia", "Rwanda", "Uruguay"])).toBe("Finland, Indonesia, Rwanda and Uruguay");
    expect(joinNames(["Cordaid"])).toBe("Cordaid");
  });

  it("says nothing when the institute hosts alone", () => {
    expect(cohostLine([])).toBeNull();
    expect(cohostLine(["Cordaid"])).toBe("Co-hosted with Cordaid");
  });
});
