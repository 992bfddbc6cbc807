import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/db";
import { handlers } from "@/lib/auth";
import { authRequestFor } from "@/lib/auth/auth-url";
import { signInLinkFailure } from "@/lib/auth/link-state";
import { appUrl } from "@/lib/env";

// Auth.js gets the request on APP_URL's origin, so its redirects land there
// (lib/auth/auth-url.ts). It reads nothing of NextRequest's own.
const forAuth = (request: NextRequest) => authRequestFor(request, appUrl()) as NextRequest;

// A used or expired sign-in link gets its own words on the error page;
// Auth.js would call both "Verification". Everything else is Auth.js's.
export async function GET(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  const token = searchParams.get("token");
  const email = searchParams.get("email");
  if (pathname.endsWith("/callback/email") && token && email) {
    const failure = await signInLinkFailure(getDb(), { email, token });
    if (failure) return NextResponse.redirect(`${appUrl()}/sign-in/error?error=${failure}`, 302);
  }
  return handlers.GET(forAuth(request));
}

// Sign-in links are issued only by the sign-in page (rate-limited, through
// the outbox); Auth.js's own POST /signin/email stays closed.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/email")) return new Response("Not found", { status: 404 });
  return handlers.POST(forAuth(request));
}
