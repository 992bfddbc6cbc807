import type { NextRequest } from "next/server";
import { getDb } from "@/db";
import { newNonce } from "@/lib/security/csp";
import { cacheKey, isHtml, isStorable, nonceOf, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, splitAtNonce, storedHeaders } from "./rules";
import { publicCache } from "./state";
import type { StoredResponse } from "./store";

// proxy.ts answers public pages from this process's cache (lib/public-cache/state.ts).
// On a miss it asks its own server for the page, over loopback, with a header
// only this process knows, which that request's own pass through proxy.ts
// recognises and lets through to be rendered as always. Each answer gets a
// nonce of its own, put in place of the one the page was rendered with.

export const RENDER_HEADER = "x-convene-render";
const RENDER_TIMEOUT_MS = 60_000;

/** The address this process's own server answers on (lib/server/entry.ts records it; `next start` is told by PORT). */
function ownOrigin(): string {
  const listening = (globalThis as unknown as { __convene_listening?: { address: string; port: number } }).__convene_listening;
  if (!listening) return `http://127.0.0.1:${process.env.PORT || 3000}`;
  const { address, port } = listening;
  if (address === "::" || address === "0.0.0.0" || address === "") return `http://127.0.0.1:${port}`;
  return address.includes(":") ? `http://[${address}]:${port}` : `http://${address}:${port}`;
}

/** Whether this request is this process's own render of a page to store: it must be rendered, not answered from the cache. */
export function isOwnRender(request: NextRequest): boolean {
  const mark = request.headers.get(RENDER_HEADER);
  return mark !== null && mark === publicCache().renderSecret;
}

/** Requests the cache does not answer, under the same rules: whether a shared cache may keep what Next answers. */
export function cacheKeyOf(request: NextRequest): string | null {
  const { pathname, search } = request.nextUrl;
  return cacheKey({ method: request.method, pathname, search, has: (h) => request.headers.has(h), cookieNames: request.cookies.getAll().map((c) => c.name) });
}

/**
 * The page from the cache (rendered now if it is not there), with a fresh
 * nonce and `policy` for it; or null when the cache cannot answer: not a
 * cacheable request, the version cannot be read (the database is out of
 * reach: the page's own handling says so), or the render request failed.
 */
export async function answerFromCache(request: NextRequest, key: string, policy: (nonce: string) => string): Promise<Response | null> {
  const cache = publicCache(getDb);
  if ((await cache.watch.current()) === null) return null;
  let entry = cache.store.get(key, Date.now());
  const hit = entry !== undefined;
  if (!entry) {
    let render = cache.inFlight.get(key) as Promise<StoredResponse | null> | undefined;
    if (!render) {
      render = renderAndStore(key).finally(() => cache.inFlight.delete(key));
      cache.inFlight.set(key, render);
    }
    entry = (await render) ?? undefined;
    if (!entry) return null;
  }
  return respond(entry, request.method, policy, hit);
}

async function renderAndStore(key: string): Promise<StoredResponse | null> {
  const cache = publicCache();
  const generation = cache.store.generation;
  let response: Response;
  try {
    response = await fetch(`${ownOrigin()}${key}`, {
      headers: { [RENDER_HEADER]: cache.renderSecret, "accept-encoding": "identity" },
      redirect: "manual",
      signal: AbortSignal.timeout(RENDER_TIMEOUT_MS),
    });
  } catch (e) {
    console.error(`A public page could not be rendered for the cache (${key}); it is rendered for the request instead: ${e instanceof Error ? e.message : String(e)}`);
    return null;
  }
  // Anything else (a redirect names this loopback address) is rendered for the request itself.
  if (response.status !== 200 && response.status !== 404) {
    await response.body?.cancel();
    return null;
  }
  const headers = storedHeaders(response.headers);
  const renderNonce = isHtml(headers) ? nonceOf(response.headers.get("content-security-policy")) : null;
  // A page without a nonce to swap would have its scripts refused.
  if (isHtml(headers) && !renderNonce) {
    await response.body?.cancel();
    return null;
  }
  let entry: StoredResponse;
  if (renderNonce) {
    const htmlParts = splitAtNonce(await response.text(), renderNonce);
    const bytes = htmlParts.reduce((n, part) => n + part.length * 2, 0);
    entry = { status: response.status, headers, body: new Uint8Array(0), htmlParts, renderNonce, storedAt: Date.now(), bytes };
  } else {
    const body = new Uint8Array(await response.arrayBuffer());
    entry = { status: response.status, headers, body, renderNonce: null, storedAt: Date.now(), bytes: body.byteLength };
  }
  if (isStorable(response.status, response.headers)) cache.store.set(key, entry, generation);
  return entry;
}

function respond(entry: StoredResponse, method: string, policy: (nonce: string) => string, hit: boolean): Response {
  const nonce = newNonce();
  // Next names the nonce in its Link preload header too.
  const headers = new Headers(entry.renderNonce ? entry.headers.map(([name, value]): [string, string] => [name, value.replaceAll(entry.renderNonce!, nonce)]) : entry.headers);
  headers.set("content-security-policy", policy(nonce));
  headers.set("cache-control", entry.status === 200 ? PUBLIC_CACHE_CONTROL : PRIVATE_CACHE_CONTROL);
  headers.set("x-convene-cache", hit ? "hit" : "miss");
  const body = method === "HEAD" ? null : entry.htmlParts ? entry.htmlParts.join(nonce) : entry.body;
  return new Response(body, { status: entry.status, headers });
}
