import { NextResponse, type NextRequest } from "next/server";

// A first, cheap gate: no session cookie, no staff pages. Every staff page
// and action still checks the session and role itself (lib/auth/session.ts).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

// Server actions take bodies up to 6 MB (next.config.ts); Next answers a larger
// one with a 500. The forms check a file's size before sending it, so only a
// browser without JavaScript (or a made-up request) gets here: say what is wrong.
const MAX_POST_BYTES = 6 * 1024 * 1024;

function tooLarge(): NextResponse {
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>The file is too large — Convene</title></head><body><main><h1>The file is too large</h1><p>Files can be at most 5 MB, and nothing was changed. Go back, split the list into smaller files (or make the photo smaller), and try again.</p></main></body></html>`;
  return new NextResponse(page, { status: 413, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (request.method === "POST" && Number(request.headers.get("content-length") ?? 0) > MAX_POST_BYTES) return tooLarge();
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
  matcher: [
    "/staff/:path*",
    "/sign-in/:path*",
    // A server action can be posted to any page, with or without JavaScript: its size is checked above.
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "next-action" }] },
    { source: "/((?!_next/).*)", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
  ],
};
