import { describe, expect, it } from "vitest";
import { authUrlFor, pointAuthAtAppUrl } from "./auth-url";

describe("the address Auth.js redirects to", () => {
  it("is the origin of APP_URL, the one address operators set", () => {
    expect(authUrlFor("http://127.0.0.1:4123")).toBe("http://127.0.0.1:4123");
    expect(authUrlFor("https://events.example.org/")).toBe("https://events.example.org");
  });

  it("replaces whatever AUTH_URL or NEXTAUTH_URL said, so the two can never disagree", () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: "production", AUTH_URL: "http://localhost:3000", NEXTAUTH_URL: "http://localhost:3000" };
    pointAuthAtAppUrl("http://127.0.0.1:4123", env);
    expect(env.AUTH_URL).toBe("http://127.0.0.1:4123");
    expect(env.NEXTAUTH_URL).toBeUndefined();
  });
});
