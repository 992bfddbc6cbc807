import { describe, expect, it } from "vitest";
import { agendaAttributionNote, attributionExplanation } from "./attribution";

describe("attribution", () => {
  it("explains the Chatham House rule in one line", () => {
    expect(attributionExplanation("chatham_house")).toMatch(/may not reveal the identity or affiliation/);
  });

  it("notes agenda items whose rule differs from the event's", () => {
    expect(
      agendaAttributionNote("chatham_house", [
        { title: "Opening remarks", attribution: "on_record" },
        { title: "Discussion", attribution: null },
      ]),
    ).toBe("Opening remarks on the record; discussion under the Chatham House rule.");
  });

  it("says nothing when every item follows the event", () => {
    expect(
      agendaAttributionNote("chatham_house", [
        { title: "Opening remarks", attribution: "chatham_house" },
        { title: "Discussion", attribution: null },
      ]),
    ).toBeNull();
  });
});
