import { describe, expect, it } from "vitest";
import { hasRole } from "./roles";

describe("staff roles", () => {
  it("orders admin over editor over viewer", () => {
    expect(hasRole("admin", "editor")).toBe(true);
    expect(hasRole("admin", "admin")).toBe(true);
    expect(hasRole("editor", "viewer")).toBe(true);
    expect(hasRole("editor", "admin")).toBe(false);
    expect(hasRole("viewer", "editor")).toBe(false);
    expect(hasRole("viewer", "viewer")).toBe(true);
  });
});
