import { describe, expect, it } from "vitest";
import { secureCookiesFor } from "./cookies";

describe("session cookies", () => {
  it("are Secure when Convene is served over HTTPS", () => {
    expect(secureCookiesFor("https://events.example.org")).toBe(true);
  });
  it("are not marked Secure on a plain-HTTP development address (the browser would drop them)", () => {
    expect(secureCookiesFor("http://localhost:3000")).toBe(false);
  });
});
