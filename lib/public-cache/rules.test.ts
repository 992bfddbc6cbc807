import { describe, expect, it } from "vitest";
import { newNonce } from "@/lib/security/csp";
import { cacheKey, isPrivatePath, isPublicPath, isStorable, nonceOf, normalizedQuery, splitAtNonce, storedHeaders, type CacheRequest } from "./rules";

const get = (path: string, extra: Partial<CacheRequest> & { headers?: string[] } = {}): CacheRequest => {
  const url = new URL(path, "http://convene.test");
  const headers = extra.headers ?? [];
  return { method: "GET", pathname: url.pathname, search: url.search, has: (h) => headers.includes(h), cookieNames: [], ...extra };
};

describe("which requests the public cache answers", () => {
  it("answers the public pages, feeds, calendar, sitemap and share images", () => {
    for (const path of ["/", "/events", "/events/a-necessary-voice", "/feed.xml", "/events.ics", "/sitemap.xml", "/robots.txt", "/og", "/og/events/a-necessary-voice"]) {
      expect(cacheKey(get(path)), path).toBe(path);
    }
  });

  it("never answers staff, guest, sign-in, mailbox, upload or health addresses", () => {
    for (const path of ["/staff", "/staff/events", "/rsvp/abc", "/sign-in", "/dev/mailbox", "/assets/00000000-0000-4000-8000-000000000000", "/api/health", "/events/x/y", "/events/Not_A_Slug", "/bench/bare"]) {
      expect(cacheKey(get(path)), path).toBeNull();
    }
    expect(isPrivatePath("/staff/people")).toBe(true);
    expect(isPrivatePath("/rsvp/token")).toBe(true);
    expect(isPrivatePath("/sign-in/check-email")).toBe(true);
    expect(isPrivatePath("/dev/mailbox")).toBe(true);
    expect(isPrivatePath("/events")).toBe(false);
    expect(isPublicPath("/staffroom")).toBe(false);
  });

  it("answers only GET and HEAD", () => {
    expect(cacheKey(get("/events", { method: "HEAD" }))).toBe("/events");
    for (const method of ["POST", "PUT", "DELETE", "OPTIONS"]) expect(cacheKey(get("/events", { method }))).toBeNull();
  });

  it("leaves the router's, actions' and range requests to Next", () => {
    for (const header of ["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "range"]) {
      expect(cacheKey(get("/events", { headers: [header] })), header).toBeNull();
    }
  });

  it("leaves signed-in staff to be rendered (they may see what the public does not yet)", () => {
    expect(cacheKey(get("/events", { cookieNames: ["authjs.session-token"] }))).toBeNull();
    expect(cacheKey(get("/events", { cookieNames: ["__Secure-authjs.session-token"] }))).toBeNull();
    expect(cacheKey(get("/events", { cookieNames: ["theme"] }))).toBe("/events");
  });

  it("keys the archive on its filters, sorted, empty ones dropped", () => {
    expect(cacheKey(get("/events?year=2025&format=roundtable"))).toBe("/events?format=roundtable&year=2025");
    expect(cacheKey(get("/events?format=roundtable&year=2025"))).toBe("/events?format=roundtable&year=2025");
    expect(cacheKey(get("/events?q=&format=&program=&year="))).toBe("/events");
    expect(cacheKey(get("/events?q=climate+finance&page=2"))).toBe("/events?page=2&q=climate+finance");
  });

  it("does not answer a query a page does not key on, a repeated filter, or an overlong one", () => {
    expect(cacheKey(get("/events?utm_source=newsletter"))).toBeNull();
    expect(cacheKey(get("/events?_rsc=abc"))).toBeNull();
    expect(cacheKey(get("/events?year=2025&year=2024"))).toBeNull();
    expect(cacheKey(get(`/events?q=${"x".repeat(201)}`))).toBeNull();
    expect(cacheKey(get("/events/a-necessary-voice?year=2025"))).toBeNull();
    expect(cacheKey(get("/?q=x"))).toBeNull();
    expect(normalizedQuery("/feed.xml", "")).toBe("");
  });
});

describe("what is stored", () => {
  it("keeps only a 200 that sets no cookie", () => {
    expect(isStorable(200, new Headers({ "content-type": "text/html" }))).toBe(true);
    expect(isStorable(404, new Headers())).toBe(false);
    expect(isStorable(500, new Headers())).toBe(false);
    expect(isStorable(200, new Headers({ "set-cookie": "a=b" }))).toBe(false);
  });

  it("drops the headers every answer sets for itself", () => {
    const kept = storedHeaders(
      new Headers({
        "content-type": "text/html; charset=utf-8",
        "content-security-policy": "script-src 'nonce-abc'",
        "content-length": "10",
        "cache-control": "private, no-store",
        date: "today",
        vary: "rsc",
        "x-frame-options": "DENY",
      }),
    );
    expect(Object.fromEntries(kept)).toEqual({ "content-type": "text/html; charset=utf-8", vary: "rsc", "x-frame-options": "DENY" });
  });
});

describe("each answer's own nonce", () => {
  it("finds the nonce a policy names", () => {
    expect(nonceOf("default-src 'self'; script-src 'self' 'nonce-AbC+/123456789012==' 'strict-dynamic'")).toBe("AbC+/123456789012==");
    expect(nonceOf("default-src 'self'")).toBeNull();
    expect(nonceOf(null)).toBeNull();
  });

  it("puts the answer's nonce exactly where the render's was, and nowhere else", () => {
    const render = newNonce();
    const html = `<script nonce="${render}">a()</script><p>nonce="not-it" ${render.slice(0, 8)}</p><script nonce="${render}" src="/x.js"></script>`;
    const fresh = newNonce();
    const page = splitAtNonce(html, render).join(fresh);
    expect(page).toBe(`<script nonce="${fresh}">a()</script><p>nonce="not-it" ${render.slice(0, 8)}</p><script nonce="${fresh}" src="/x.js"></script>`);
    expect(page).not.toContain(render);
  });

  it("leaves a script injected into the content without a nonce", () => {
    const render = newNonce();
    const html = `<script nonce="${render}">a()</script><p><script>steal()</script></p>`;
    const page = splitAtNonce(html, render).join(newNonce());
    expect(page).toContain("<script>steal()</script>");
  });

  it("refuses a nonce too short to be unguessable", () => {
    expect(() => splitAtNonce("<p>a</p>", "")).toThrow();
    expect(() => splitAtNonce("<p>a</p>", "short")).toThrow();
  });

  it("gives two answers of one stored page different nonces", () => {
    const render = newNonce();
    const parts = splitAtNonce(`<script nonce="${render}"></script>`, render);
    expect(parts.join(newNonce())).not.toBe(parts.join(newNonce()));
  });
});
