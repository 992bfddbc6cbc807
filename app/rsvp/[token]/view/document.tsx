import { GuestFrame } from "@/components/guests/guest-frame";
import { escapeHtml } from "@/lib/invitations/guest-rows-html";
import { PRIVATE_CACHE_CONTROL } from "@/lib/public-cache/rules";
import { pageStylesheets } from "@/lib/server/page-stylesheets";
import type { Institute } from "@/lib/settings/institute";
import { instituteLogoPath } from "@/lib/settings/queries";

// A guest's page as a plain HTML document: rendered once to HTML, with no
// React runtime, RSC payload or script for the browser to load. Its head
// carries what the root layout and app/rsvp/layout.tsx give the guest's page
// (viewport, theme colour, icons, never indexed, same-origin referrer) and the
// stylesheets the build made for that page.

export async function guestDocument({ title, institute, status = 200, children }: { title: string; institute: Institute; status?: number; children: React.ReactNode }): Promise<Response> {
  // Loaded when first drawn: Next refuses a static import of React's HTML renderer in server code.
  const { renderToString } = await import("react-dom/server");
  const body = renderToString(
    <GuestFrame institute={institute} logoSrc={instituteLogoPath(institute)}>
      {children}
    </GuestFrame>,
  );
  const head = [
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    ...pageStylesheets("rsvp/[token]").map((href) => `<link rel="stylesheet" href="${href}">`),
    `<meta name="theme-color" content="#14213d"><title>${escapeHtml(title)}</title>`,
    '<meta name="referrer" content="same-origin"><meta name="robots" content="noindex, nofollow">',
    '<link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48"><link rel="icon" href="/favicon.svg" type="image/svg+xml">',
    '<link rel="apple-touch-icon" href="/apple-touch-icon.png" sizes="180x180"><link rel="manifest" href="/manifest.webmanifest">',
  ].join("");
  return new Response(`<!DOCTYPE html><html lang="en"><head>${head}</head><body class="min-h-dvh bg-paper font-sans text-ink antialiased">${body}</body></html>`, {
    status,
    // As next.config.ts gives every /rsvp/ address: this document is reached by proxy.ts's rewrite.
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": PRIVATE_CACHE_CONTROL, "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "same-origin" },
  });
}
