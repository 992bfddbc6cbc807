import { NextResponse, type NextRequest } from "next/server";
import { databaseReachable, databaseUnavailableResponse } from "@/lib/database-health";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { FOREIGN_ORIGIN_PAGE, isForeignOrigin } from "@/lib/security/origin";

// Every page passes here. It gives the response its Content-Security-Policy
// with a fresh nonce (Next reads the policy from the request and puts the
// nonce on its own scripts), refuses posts from other sites
// (lib/security/origin.ts), answers with a plain 503 page while the database
// is out of reach (lib/database-health.ts), tells server components the path,
// and is a first, cheap gate: no session cookie, no staff pages. Every staff page and
// action still checks the session and role itself (lib/auth/session.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const policy = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });

  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (isForeignOrigin(request.method, request.headers.get("origin"), host)) {
    return new NextResponse(FOREIGN_ORIGIN_PAGE, {
      status: 403,
      headers: { "Content-Type": "text/html; charset=utf-8", "Content-Security-Policy": policy, "Cache-Control": "no-store" },
    });
  }

  if (pathname.startsWith("/staff") && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    const response = NextResponse.redirect(signIn);
    response.headers.set("Content-Security-Policy", policy);
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

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-convene-path", `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function isRead(request: NextRequest): boolean {
  return request.method === "GET" || request.method === "HEAD";
}

function isDocumentRequest(request: NextRequest): boolean {
  return !request.headers.has("next-action") && !request.headers.has("rsc");
}

export const config = {
  // Every page and route, not the build's static files or images.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon|apple-icon).*)"],
};
