import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";
import { FOREIGN_ORIGIN_PAGE, isForeignOrigin } from "@/lib/security/origin";

// Every page passes here. It gives the response its Content-Security-Policy
// with a fresh nonce (Next reads the policy from the request and puts the
// nonce on its own scripts), refuses posts from other sites
// (lib/security/origin.ts), tells server components the path, and is a
// first, cheap gate: no session cookie, no staff pages. Every staff page and
// action still checks the session and role itself (lib/auth/session.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
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

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-convene-path", `${pathname}${search}`);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Pages and actions; not the build's static files, optimized images, photos,
  // feeds or social cards (they carry the static headers from next.config.ts).
  matcher: ["/((?!_next/static|_next/image|assets/|og/|favicon.ico|robots.txt|sitemap.xml|feed.xml|events.ics).*)"],
};
