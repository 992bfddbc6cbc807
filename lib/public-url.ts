import { appUrl } from "@/lib/env";

// Convene's public address is one setting: APP_URL. Every absolute address
// it writes (links in emails, feeds, the sitemap, Open Graph tags, redirects,
// Auth.js's callbacks) is built from it, never from the request's Host or
// X-Forwarded-Host, which whoever sends the request chooses: a forged Host
// must not put another site's address into a link Convene sends out.

/** APP_URL's origin ("https://events.example.org"). */
export function publicOrigin(base: string = appUrl()): string {
  return new URL(base).origin;
}

/**
 * The absolute address of a path on Convene ("/events/x?y=1" ->
 * "https://events.example.org/events/x?y=1"). Only a path on this site: an
 * address of another site, or one a browser would read as another site
 * ("//evil.example"), is refused.
 */
export function publicUrl(path: string, base: string = appUrl()): URL {
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) throw new Error(`Not a path on this site: ${JSON.stringify(path)}`);
  const origin = publicOrigin(base);
  const url = new URL(path, origin);
  if (url.origin !== origin) throw new Error(`Not a path on this site: ${JSON.stringify(path)}`);
  return url;
}
