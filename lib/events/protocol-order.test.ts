import { describe, expect, it } from "vitest";
import { groupByProtocolOrder, speakerRoleLabel } from "./protocol-order";

describe("protocol order", () => {
  it("groups speakers by role in protocol order, then by position", () => {
    const groups = groupByProtocolOrder([
      { name: "Moderator", role: "moderator", position: 0 },
      { name: "Second speaker", role: "speaker", position: 1 },
      { name: "Closing", role: "closing_remarks", position: 0 },
      { name: "First speaker", role: "speaker", position: 0 },
      { name: "Welcome", role: "welcoming_remarks", position: 0 },
      { name: "Opening", role: "opening_remarks", position: 0 },
    ] as const);
    expect(groups.map((g) => g.label)).toEqual(["Welcoming remarks", "Opening remarks", "Speakers", "Moderator", "Closing remarks"]);
    expect(groups[2].speakers.map((s) => s.name)).toEqual(["First speaker", "Second speaker"]);
  });

  it("lets one person hold two roles", () => {
    const groups = groupByProtocolOrder([
      { id: "soreide", role: "moderator", position: 0 },
      { id: "soreide", role: "opening_remarks", position: 0 },
    ] as const);
    expect(groups.map((g) => g.role)).toEqual(["opening_remarks", "moderator"]);
  });

  it("pluralises only roles that read as plurals", () => {
    expect(speakerRoleLabel("speaker", 1)).toBe("Speaker");
    expect(speakerRoleLabel("discussant", 3)).toBe("Discussants");
    expect(speakerRoleLabel("welcoming_remarks", 2)).toBe("Welcoming remarks");
  });
});
