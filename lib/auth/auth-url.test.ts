import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { authRequestFor, forgetAuthUrl } from "./auth-url";

describe("the request Auth.js is handed", () => {
  it("is on APP_URL's origin, whatever address Next gave it, with its path, query, method and cookies", async () => {
    // What Next hands the route handler for a visit to http://127.0.0.1:4123: a NextRequest named localhost.
    const fromNext = new NextRequest("http://127.0.0.1:4123/api/auth/callback/email?token=t&email=a%40b.org", { headers: { cookie: "authjs.csrf-token=x" } });
    expect(new URL(fromNext.url).hostname).toBe("localhost");
    const handed = authRequestFor(fromNext, "http://127.0.0.1:4123");
    expect(handed.url).toBe("http://127.0.0.1:4123/api/auth/callback/email?token=t&email=a%40b.org");
    expect(handed.method).toBe("GET");
    expect(handed.headers.get("cookie")).toBe("authjs.csrf-token=x");
    expect(authRequestFor(new Request("http://localhost:3000/api/auth/session"), "https://events.example.org/").url).toBe("https://events.example.org/api/auth/session");
  });

  it("keeps a posted body", async () => {
    const posted = new Request("http://localhost:3000/api/auth/signout", { method: "POST", body: "csrfToken=abc", headers: { "content-type": "application/x-www-form-urlencoded" } });
    const handed = authRequestFor(posted, "https://events.example.org");
    expect(handed.method).toBe("POST");
    expect(await handed.text()).toBe("csrfToken=abc");
  });

  it("never comes from AUTH_URL or NEXTAUTH_URL, so they can never disagree with APP_URL", () => {
    const env: NodeJS.ProcessEnv = { NODE_ENV: "production", AUTH_URL: "http://localhost:3000", NEXTAUTH_URL: "http://localhost:3000" };
    forgetAuthUrl(env);
    expect(env.AUTH_URL).toBeUndefined();
    expect(env.NEXTAUTH_URL).toBeUndefined();
  });
});
