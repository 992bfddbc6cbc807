import { NextResponse, type NextRequest } from "next/server";

// A first, cheap gate: no session cookie, no staff pages. Every staff page
// and action still checks the session and role itself (lib/auth/session.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-convene-path", `${pathname}${search}`);
  if (pathname.startsWith("/staff") && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
    const signIn = new URL("/sign-in", request.url);
    signIn.searchParams.set("callbackUrl", `${pathname}${search}`);
    return NextResponse.redirect(signIn);
  }
  return NextResponse.next({ request: { headers: requestHeaders } });
}

export const config = {
  matcher: ["/staff/:path*", "/sign-in/:path*"],
};
