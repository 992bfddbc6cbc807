import { describe, expect, it } from "vitest";
import { isForeignOrigin } from "./origin";

describe("a post's origin", () => {
  it("is accepted from the same host, in any case, on any port the host names", () => {
    expect(isForeignOrigin("POST", "http://localhost:3000", "localhost:3000")).toBe(false);
    expect(isForeignOrigin("POST", "https://Events.Example.org", "events.example.org")).toBe(false);
  });

  it("is refused from another site, another port, or a null origin", () => {
    expect(isForeignOrigin("POST", "https://evil.example", "events.example.org")).toBe(true);
    expect(isForeignOrigin("POST", "http://localhost:4000", "localhost:3000")).toBe(true);
    expect(isForeignOrigin("POST", "null", "localhost:3000")).toBe(true);
    expect(isForeignOrigin("DELETE", "not a url", "localhost:3000")).toBe(true);
    expect(isForeignOrigin("POST", "https://events.example.org", null)).toBe(true);
  });

  it("leaves reads and origin-less requests (webhooks) to their own checks", () => {
    expect(isForeignOrigin("GET", "https://evil.example", "localhost:3000")).toBe(false);
    expect(isForeignOrigin("HEAD", "null", "localhost:3000")).toBe(false);
    expect(isForeignOrigin("POST", null, "localhost:3000")).toBe(false);
  });
});
