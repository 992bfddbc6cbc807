// Which requests the public-page cache answers, under which key, and what a
// stored response may carry. Pure rules, no I/O: lib/public-cache/serve.ts
// applies them in proxy.ts.

/**
 * How often a process asks whether another one changed the public pages. Within
 * it, a stored page is served without asking the database (lib/public-cache/version-watch.ts).
 */
export const VERSION_CHECK_MS = 500;

/** What a shared cache or CDN may do with a public page: hold it a second, serve it stale five more while it asks again. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=5";
/** Staff, guest, sign-in and mailbox pages, and any public page answered for a session: never stored by anyone. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/** Cookies that mean a signed-in staff member (proxy.ts's first gate reads the same). */
export const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// The archive's filters (lib/events/archive-schema.ts): the only query any cached page keys on.
const ARCHIVE_PARAMS = ["q", "format", "program", "year", "page"] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_PARAM_LENGTH = 200;

/** The public address's pages and files, whatever their query. */
export function isPublicPath(pathname: string): boolean {
  if (pathname === "/" || pathname === "/events" || pathname === "/feed.xml" || pathname === "/events.ics" || pathname === "/sitemap.xml" || pathname === "/robots.txt" || pathname === "/og") return true;
  const event = pathname.match(/^\/(?:og\/)?events\/([^/]+)$/);
  return event !== null && event[1].length <= 120 && SLUG.test(event[1]);
}

/** Pages no shared cache may keep, whoever asks. */
export function isPrivatePath(pathname: string): boolean {
  return /^\/(?:staff|rsvp|opt-out|opt-in|sign-in|dev|api\/auth)(?:\/|$)/.test(pathname);
}

export type CacheRequest = {
  method: string;
  pathname: string;
  search: string;
  /** Lower-case header names present on the request. */
  has: (header: string) => boolean;
  cookieNames: string[];
};

/**
 * The key a request is answered under, or null when the cache must not
 * answer it: not a GET or HEAD, not a public page, a router or action request
 * (Next answers those with its own payload), a signed-in staff member, or a
 * query the page does not key on. The archive's filters are sorted and empty
 * ones dropped, so one form sent two ways is one entry.
 */
export function cacheKey(request: CacheRequest): string | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  if (!isPublicPath(request.pathname)) return null;
  if (["rsc", "next-action", "next-router-prefetch", "next-router-state-tree", "range", "authorization"].some((h) => request.has(h))) return null;
  if (request.cookieNames.some((name) => SESSION_COOKIES.includes(name))) return null;
  const query = normalizedQuery(request.pathname, request.search);
  if (query === null) return null;
  return query ? `${request.pathname}?${query}` : request.pathname;
}

/** The query a page keys on, sorted, or null when it has anything else (`""`: none). */
export function normalizedQuery(pathname: string, search: string): string | null {
  const params = new URLSearchParams(search);
  const allowed: readonly string[] = pathname === "/events" ? ARCHIVE_PARAMS : [];
  const kept: [string, string][] = [];
  const seen = new Set<string>();
  for (const [name, value] of params) {
    if (!allowed.includes(name) || seen.has(name) || value.length > MAX_PARAM_LENGTH) return null;
    seen.add(name);
    if (value.trim() !== "") kept.push([name, value]);
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return new URLSearchParams(kept).toString();
}

/** Only a complete 200 that sets no cookie is kept. */
export function isStorable(status: number, headers: Headers): boolean {
  if (status !== 200) return false;
  return !headers.has("set-cookie");
}

// Set again for every answer (the policy, its length, the date) or meaningless once stored.
const NOT_STORED = new Set([
  "content-security-policy",
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "set-cookie",
  "cache-control",
  "x-nextjs-cache",
  "x-nextjs-prerender",
  "x-nextjs-stale-time",
]);

/** The headers a stored response keeps. */
export function storedHeaders(headers: Headers): [string, string][] {
  const kept: [string, string][] = [];
  headers.forEach((value, name) => {
    if (!NOT_STORED.has(name.toLowerCase())) kept.push([name, value]);
  });
  return kept;
}

/** The nonce a Content-Security-Policy names, if any. */
export function nonceOf(policy: string | null): string | null {
  return policy?.match(/'nonce-([A-Za-z0-9+/_-]+={0,2})'/)?.[1] ?? null;
}

/**
 * A rendered page cut at its render nonce; joined with an answer's own nonce,
 * it is that answer's page. The render nonce was random and made after
 * everything the page shows was written, so nothing on the page but Next's
 * own script tags can carry it: a script injected into the content has no
 * nonce, and still none after the swap.
 */
export function splitAtNonce(html: string, renderNonce: string): string[] {
  if (renderNonce.length < 16) throw new Error("A render nonce must be at least 16 characters");
  return html.split(renderNonce);
}

/** Whether a stored body is a page whose scripts carry the nonce. */
export const isHtml = (headers: [string, string][]) => headers.some(([name, value]) => name.toLowerCase() === "content-type" && /text\/html/i.test(value));
