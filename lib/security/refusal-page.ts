// The plain page proxy.ts answers with when it refuses a request before any
// React runs: a heading, what happened in words, and a way back. No script,
// inline styles only (allowed by the CSP), so it renders without JavaScript.

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function refusalPage(heading: string, words: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escape(heading)} — Convene</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #14213d; line-height: 1.5">
<main><h1 style="font-size: 1.5rem">${escape(heading)}</h1>
<p>${escape(words)}</p>
<p><a href="/" style="color: #14213d">Go to the events page</a></p></main>
</body></html>`;
}

export const FOREIGN_ORIGIN_PAGE = refusalPage(
  "This form was not sent from Convene",
  "Nothing was changed. If you meant to send it, open the page again from its own address and send it from there.",
);

export const BAD_REQUEST_PAGE = refusalPage("This address or request could not be read", "Nothing was changed. Check the address, or go back and try again.");

export const TOO_LARGE_PAGE = refusalPage(
  "The file is too large",
  "Files can be at most 5 MB, and nothing was changed. Go back, split the list into smaller files (or make the photo smaller), and try again.",
);
