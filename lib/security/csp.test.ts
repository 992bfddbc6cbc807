import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, newNonce, routeSetsOwnPolicy } from "./csp";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name)
    ?.slice(1);

describe("the content security policy", () => {
  it("lets scripts run only with this response's nonce", () => {
    const nonce = newNonce();
    const scripts = directive(contentSecurityPolicy(nonce), "script-src");
    expect(scripts).toContain(`'nonce-${nonce}'`);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toContain("'unsafe-inline'");
    expect(scripts).not.toContain("'unsafe-eval'");
  });

  it("allows eval only in development", () => {
    expect(directive(contentSecurityPolicy(newNonce(), { dev: true }), "script-src")).toContain("'unsafe-eval'");
  });

  it("forbids framing, plugins and foreign form targets and base URLs", () => {
    const policy = contentSecurityPolicy(newNonce());
    expect(directive(policy, "frame-ancestors")).toEqual(["'none'"]);
    expect(directive(policy, "object-src")).toEqual(["'none'"]);
    expect(directive(policy, "form-action")).toEqual(["'self'"]);
    expect(directive(policy, "base-uri")).toEqual(["'self'"]);
    expect(directive(policy, "default-src")).toEqual(["'self'"]);
  });

  it("lets forms post to APP_URL's origin, whatever name the page was reached by, and nowhere else", () => {
    expect(directive(contentSecurityPolicy(newNonce(), { appOrigin: "https://events.example.org" }), "form-action")).toEqual(["'self'", "https://events.example.org"]);
    expect(() => contentSecurityPolicy(newNonce(), { appOrigin: "https://x.org; script-src *" })).toThrow();
    expect(() => contentSecurityPolicy(newNonce(), { appOrigin: "https://x.org/path" })).toThrow();
  });

  it("refuses a nonce that could break out of the header", () => {
    expect(() => contentSecurityPolicy("abc'; script-src *")).toThrow();
  });
});

describe("nonces", () => {
  it("are 128 random bits, base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, "base64")).toHaveLength(16);
  });

  it("is not laid over the stricter policy uploaded files are served with", () => {
    expect(routeSetsOwnPolicy("/assets/0f0f0f0f-0f0f-4f0f-8f0f-0f0f0f0f0f0f")).toBe(true);
    for (const path of ["/", "/events/assets", "/staff/assets", "/assetsx/1"]) expect(routeSetsOwnPolicy(path), path).toBe(false);
  });
});
