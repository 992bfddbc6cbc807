import { describe, expect, it } from "vitest";
import { appUrl, readEnv } from "@/lib/env";
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

describe("APP_URL itself", () => {
  const envOf = (APP_URL: string) => () => readEnv({ APP_URL } as unknown as NodeJS.ProcessEnv);

  it("is an origin: scheme, host, perhaps a port", () => {
    expect(envOf("https://events.example.org")().APP_URL).toBe("https://events.example.org");
    expect(envOf("https://events.example.org/")().APP_URL).toBe("https://events.example.org/");
    expect(envOf("http://127.0.0.1:3000")().APP_URL).toBe("http://127.0.0.1:3000");
  });

  it("refuses anything else, in words", () => {
    for (const bad of ["events.example.org", "https://events.example.org/convene", "https://x.org/?a=1", "ftp://x.org", "https://user:pw@x.org"]) {
      expect(envOf(bad), bad).toThrow(/APP_URL must be the address people use/);
    }
  });
});
