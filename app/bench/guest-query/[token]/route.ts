import { getDb } from "@/db";
import { env } from "@/lib/env";
import { escapeHtml } from "@/lib/invitations/guest-rows-html";
import { findGuestByToken } from "@/lib/invitations/queries";

export const dynamic = "force-dynamic";

// The floor for the guest's page as their link opens it (app/rsvp/[token]/view):
// a route handler that runs the one query that page must run (the guest behind
// the link, with their event) and answers a small document drawing nothing.
// Beside it, `npm run bench` shows what drawing the real page costs. Like
// /bench/bare it exists only in a server started with CONVENE_BENCH=1.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  if (env.CONVENE_BENCH !== "1") return new Response("Not found", { status: 404 });
  const guest = await findGuestByToken(getDb(), (await params).token);
  const title = guest ? escapeHtml(guest.event.title) : "Convene";
  return new Response(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bench</title></head><body><p>${title}</p></body></html>`, {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" },
  });
}
