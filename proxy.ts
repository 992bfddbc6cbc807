import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable, databaseUnavailableResponse } from "@/lib/database-health";
import { isPrivatePath, isPublicPath, PRIVATE_CACHE_CONTROL, SESSION_COOKIES } from "@/lib/public-cache/rules";
import { answerFromCache, cacheKeyOf, isOwnRender } from "@/lib/public-cache/serve";
import { contentSecurityPolicy, newNonce, routeSetsOwnPolicy } from "@/lib/security/csp";
import { hasBrokenEncoding, isUnreadableActionBody } from "@/lib/security/malformed";
import { publicOrigin, publicUrl } from "@/lib/public-url";
import { isForeignOrigin } from "@/lib/security/origin";
import { BAD_REQUEST_PAGE, FOREIGN_ORIGIN_PAGE, TOO_LARGE_PAGE } from "@/lib/security/refusal-page";

// Every request passes here. It gives the response its Content-Security-Policy
// with a fresh nonce (Next reads the policy from the request and puts the
// nonce on its own scripts); refuses posts from other sites
// (lib/security/origin.ts); answers too large or unreadable requests in words
// instead of Next's 500 (lib/security/malformed.ts); serves a plain 503 page
// while the database is out of reach (lib/database-health.ts); tells server
// components the path; and is a first, cheap gate: no session cookie, no
// staff pages. Every staff page and action still checks the session and role
// itself (lib/auth/session.ts). A guest's page as their link opens it goes to
// a route that draws it as a plain document. Public pages are answered from this
// process's cache (lib/public-cache/), which a CDN may hold a second too;
// staff, guest and sign-in pages are never stored by anyone.

// Server actions take bodies up to 6 MB (next.config.ts); Next answers a larger
// one with a 500. The forms check a file's size before sending it, so only a
// browser without JavaScript (or a made-up request) gets here: say what is wrong.
const MAX_POST_BYTES = 6 * 1024 * 1024;

/** /opt-out/<token> and /opt-in/<token>: pages whose POST goes to the route beside them. */
const OPT_OUT_POST = /^\/opt-(out|in)\/([A-Za-z0-9_.-]{1,200})$/;

function page(html: string, status: number, policy: string): NextResponse {
  return new NextResponse(html, {
    status,
    headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": policy, "Cache-Control": "no-store" },
  });
}


export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const dev = process.env.NODE_ENV === "development";
  const cspOptions = { dev, appOrigin: publicOrigin() };
  const policy = contentSecurityPolicy(newNonce(), cspOptions);

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  // A one-click opt-out (RFC 8058) is posted by the mail provider, from its own
  // servers or a webmail page: the link is its only credential, no cookie gives it
  // any weight, so another site's Origin opens nothing the link did not already.
  const optOutPost = request.method === "POST" ? OPT_OUT_POST.exec(pathname) : null;
  if (!(optOutPost && optOutPost[1] === "out") && isForeignOrigin(request.method, request.headers.get("origin"), host)) return page(FOREIGN_ORIGIN_PAGE, 403, policy);
  if (hasBrokenEncoding(pathname)) return page(BAD_REQUEST_PAGE, 400, policy);
  if (request.method === "POST") {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_POST_BYTES) return page(TOO_LARGE_PAGE, 413, policy);
    if (mayCarryActionArguments(request) && !(await actionBodyReadable(request))) return page(BAD_REQUEST_PAGE, 400, policy);
  }

  // The opt-out and opt-in pages' address takes the POST too: a route beside the page answers it.
  if (optOutPost) {
    const response = NextResponse.rewrite(new URL(`${pathname}/post`, request.url));
    response.headers.set("Content-Security-Policy", policy);
    return response;
  }

  if (pathname.startsWith("/staff") && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    // On APP_URL, never on the request's Host (lib/public-url.ts).
    const signIn = publicUrl("/sign-in");
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    const response = NextResponse.redirect(signIn);
    response.headers.set("Content-Security-Policy", policy);
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
    return response;
  }

  // While the database is known to be out of reach (costs nothing otherwise), a page
  // gets a plain 503 page: React cannot render an error page on the server, so a
  // browser without JavaScript would otherwise get an empty one. So does a form
  // sent without JavaScript. Actions sent by script are let through, to answer in
  // their own form, and so are the router's own fetches.
  // A form sent without JavaScript is rare, and its page is rendered again after the
  // action: ask the database first, so the first one of an outage gets the page too.
  if (isDocumentRequest(request) && !(await databaseReachable(!isRead(request)))) {
    const unavailable = databaseUnavailableResponse(request.method);
    unavailable.headers.set("Content-Security-Policy", policy);
    return unavailable;
  }

  // A public page: from the cache (this process's own render request goes on to be rendered).
  const ownRender = isOwnRender(request);
  const cacheKey = ownRender ? null : cacheKeyOf(request);
  if (cacheKey !== null && !dev) {
    const cached = await answerFromCache(request, cacheKey, (nonce) => contentSecurityPolicy(nonce, cspOptions));
    if (cached) return cached;
  }

  // A guest's page as their link opens it: a plain HTML document (app/rsvp/[token]/view), no script.
  // It links the stylesheets the build made for the page; `next dev` makes them as pages are first
  // opened, so there the page itself draws this view (the same components).
  if (!dev && isGuestFirstView(request)) {
    const response = NextResponse.rewrite(new URL(`${pathname}/view${search}`, request.url));
    response.headers.set("Content-Security-Policy", policy);
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
    return response;
  }

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-convene-path", `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  if (!routeSetsOwnPolicy(pathname)) response.headers.set("Content-Security-Policy", policy);
  // Not for a shared cache: staff, guest, sign-in and mailbox pages, and a public page
  // answered for a session or with a query the cache does not key on.
  if (!ownRender && cacheKey === null && (isPrivatePath(pathname) || isPublicPath(pathname))) response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  return response;
}

/** A script-sent action, or a form that may be a server action's sent without JavaScript (always multipart). */
function mayCarryActionArguments(request: NextRequest): boolean {
  return request.headers.has("next-action") || (request.headers.get("content-type")?.toLowerCase().startsWith("multipart/form-data") ?? false);
}

/** Reads a copy of an action's body; the request itself goes on untouched. */
async function actionBodyReadable(request: NextRequest): Promise<boolean> {
  const contentType = request.headers.get("content-type");
  const type = contentType?.toLowerCase() ?? "";
  const scriptSent = request.headers.has("next-action");
  try {
    if (type.startsWith("multipart/form-data")) return !isUnreadableActionBody(contentType, await request.clone().formData(), scriptSent);
    // Next reads any other body of a script-sent action as its argument list.
    return !isUnreadableActionBody("text/plain", await request.clone().text());
  } catch {
    // A multipart body that cannot be parsed at all.
    return false;
  }
}

/** /rsvp/<token> as a browser opens it: not a form (`?answer=`), nor the router's own fetch of the page. */
const GUEST_PAGE = /^\/rsvp\/[^/]+$/;
function isGuestFirstView(request: NextRequest): boolean {
  return isRead(request) && isDocumentRequest(request) && GUEST_PAGE.test(request.nextUrl.pathname) && !request.nextUrl.searchParams.has("answer");
}

function isRead(request: NextRequest): boolean {
  return request.method === "GET" || request.method === "HEAD";
}

function isDocumentRequest(request: NextRequest): boolean {
  return !request.headers.has("next-action") && !request.headers.has("rsc");
}

export const config = {
  // Every page and route, not the build's static files or images, nor the
  // files of public/ (icons, the manifest), nor the health checks
  // (lib/health.ts): they answer in their own words even while the database
  // outage page is served, and cost nothing here.
  matcher: ["/((?!_next/static|_next/image|favicon\\.|icon-|apple-touch-icon\\.|manifest\\.webmanifest|api/health$|api/ready$).*)"],
};
