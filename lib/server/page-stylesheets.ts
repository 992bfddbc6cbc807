import { readFileSync } from "node:fs";
import path from "node:path";

// The stylesheets `next build` made for a page, for a document drawn outside
// Next's page pipeline that must look like that page (the guest's page as
// their link opens it: app/rsvp/[token]/view). The build names them in the
// page's client reference manifest, which the server itself reads at run time.

const read = new Map<string, readonly string[]>();

/** The build's stylesheets for the page at `route` (e.g. "rsvp/[token]"), read once per process. */
export function pageStylesheets(route: string): readonly string[] {
  let found = read.get(route);
  if (!found) {
    const file = path.join(process.cwd(), ".next/server/app", route, "page_client-reference-manifest.js");
    found = stylesheetsOf(readFileSync(file, "utf8"));
    if (!found.length) throw new Error(`The build names no stylesheet for /${route} (${file})`);
    read.set(route, found);
  }
  return found;
}

/** The CSS files a client reference manifest names, as addresses, once each, in the order named. */
export function stylesheetsOf(manifest: string): string[] {
  return [...new Set([...manifest.matchAll(/"path":"(static\/[^"]+\.css)"/g)].map((m) => `/_next/${m[1]}`))];
}
