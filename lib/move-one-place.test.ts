import { describe, expect, it } from "vitest";
import { moveOnePlace } from "./move-one-place";

const list = [{ id: "a" }, { id: "b" }, { id: "c" }];

describe("moving an item one place", () => {
  it("swaps it with its neighbour and says where it was and went", () => {
    expect(moveOnePlace(list, "b", "up")).toEqual({ from: 1, to: 0, order: [{ id: "b" }, { id: "a" }, { id: "c" }] });
    expect(moveOnePlace(list, "b", "down")).toEqual({ from: 1, to: 2, order: [{ id: "a" }, { id: "c" }, { id: "b" }] });
  });

  it("moves nothing past either end, nor an item not in the list", () => {
    expect(moveOnePlace(list, "a", "up")).toBeNull();
    expect(moveOnePlace(list, "c", "down")).toBeNull();
    expect(moveOnePlace(list, "x", "down")).toBeNull();
    expect(list.map((i) => i.id)).toEqual(["a", "b", "c"]);
  });
});
