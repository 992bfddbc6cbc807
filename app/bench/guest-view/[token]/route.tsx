import { readFileSync } from "node:fs";
import path from "node:path";
import { AnswerOverview, acceptQuestions, InvitationCard } from "@/components/guests/invitation-card";
import { GuestFrame } from "@/components/guests/guest-frame";
import { getDb } from "@/db";
import { env } from "@/lib/env";
import { guestChoices } from "@/lib/invitations/guest-choices";
import { findGuestByToken } from "@/lib/invitations/queries";
import { tableToTell } from "@/lib/seating/queries";
import { getInstituteCached, instituteLogoPath } from "@/lib/settings/queries";

export const dynamic = "force-dynamic";

// A design measured by `npm run bench`, not a page anyone visits: the guest
// page's first view (what the link in the email opens) drawn by the same
// components as /rsvp/<token>, from the same query, but as a plain HTML
// document from a route handler: rendered once to HTML, with no React runtime,
// RSC payload or script sent to the browser. Beside the page and its query
// alone, it shows what the page's rendering costs in Next's app pipeline.
// Like /bench/bare it exists only in a server started with CONVENE_BENCH=1.

let stylesheets: string[] | undefined;
/** The stylesheets the guest page links, as the build named them. */
function guestStylesheets(): string[] {
  stylesheets ??= [
    ...new Set(
      [...readFileSync(path.join(process.cwd(), ".next/server/app/rsvp/[token]/page_client-reference-manifest.js"), "utf8").matchAll(/"path":"(static\/[^"]+\.css)"/g)].map(
        (m) => `/_next/${m[1]}`,
      ),
    ),
  ];
  return stylesheets;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  if (env.CONVENE_BENCH !== "1") return new Response("Not found", { status: 404 });
  const token = (await params).token;
  const db = getDb();
  const [guest, institute] = await Promise.all([findGuestByToken(db, token), getInstituteCached(db)]);
  if (!guest) return new Response("Not found", { status: 404 });
  const table = await tableToTell(db, guest);
  const { closed, answerable, canDelegate } = guestChoices(guest, new Date());
  const page = (
    <GuestFrame institute={institute} logoSrc={instituteLogoPath(institute)}>
      <InvitationCard guest={guest} institute={institute}>
        <AnswerOverview
          guest={guest}
          table={table}
          here={`/rsvp/${token}`}
          saved={undefined}
          answerable={answerable}
          canDelegate={canDelegate}
          closed={closed}
          contact={guest.event.contactEmail ?? institute.eventsEmail}
          hasAcceptQuestions={acceptQuestions(guest).length > 0}
        />
      </InvitationCard>
    </GuestFrame>
  );
  const { renderToString } = await import("react-dom/server");
  const body = renderToString(page);
  const head = [
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    ...guestStylesheets().map((href) => `<link rel="stylesheet" href="${href}">`),
    `<meta name="theme-color" content="#14213d"><title>${escape(`Your invitation: ${guest.event.title}`)}</title>`,
    '<meta name="referrer" content="same-origin"><meta name="robots" content="noindex, nofollow">',
    '<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48"><link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="apple-touch-icon" href="/apple-touch-icon.png" sizes="180x180"><link rel="manifest" href="/manifest.webmanifest">',
  ].join("");
  const html = `<!DOCTYPE html><html lang="en"><head>${head}</head><body class="min-h-dvh bg-paper font-sans text-ink antialiased">${body}</body></html>`;
  return new Response(html, { headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "private, no-store" } });
}
