import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth";

export const GET = handlers.GET;

// Sign-in links are issued only by the sign-in page (rate-limited, through
// the outbox); Auth.js's own POST /signin/email stays closed.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/signin/email")) return new Response("Not found", { status: 404 });
  return handlers.POST(request);
}
