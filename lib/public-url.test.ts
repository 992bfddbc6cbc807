import { describe, expect, it } from "vitest";
import { appUrl } from "@/lib/env";
import { publicOrigin, publicUrl } from "./public-url";

describe("absolute addresses come from APP_URL alone", () => {
  it("puts a path on APP_URL's origin", () => {
    expect(publicUrl("/events/x?y=1", "https://events.example.org").href).toBe("https://events.example.org/events/x?y=1");
    expect(publicUrl("/sign-in", "https://events.example.org/").href).toBe("https://events.example.org/sign-in");
    expect(publicOrigin("https://events.example.org:8443/")).toBe("https://events.example.org:8443");
  });

  it("uses the configured address by default", () => {
    expect(publicUrl("/feed.xml").origin).toBe(new URL(appUrl()).origin);
  });

  it("refuses anything that would leave the site", () => {
    for (const bad of ["//evil.example/x", "/\\evil.example", "https://evil.example/", "evil.example", ""]) {
      expect(() => publicUrl(bad, "https://events.example.org"), bad).toThrow(/Not a path on this site/);
    }
  });

  it("a path that mentions another host stays on this one", () => {
    expect(publicUrl("/sign-in?callbackUrl=https://evil.example", "https://events.example.org").origin).toBe("https://events.example.org");
  });
});
