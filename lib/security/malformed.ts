// Requests Next would answer with a 500 before any Convene code runs: an
// address whose percent-encoding is broken, and a script-sent action whose
// arguments are not the JSON Next expects. proxy.ts answers them with a 400.

export function hasBrokenEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * A script-sent action carries its arguments as JSON: the whole body when
 * sent as text, the field "0" when sent as a multipart form. Arguments that
 * are not JSON cannot have come from Convene's pages.
 */
export function isUnreadableActionBody(contentType: string | null, body: string | FormData): boolean {
  const type = contentType?.toLowerCase() ?? "";
  if (type.startsWith("text/plain") && typeof body === "string") return !isJson(body);
  if (type.startsWith("multipart/form-data") && body instanceof FormData) {
    const root = body.get("0");
    return typeof root === "string" && !isJson(root);
  }
  return false;
}

export const BAD_REQUEST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Bad request</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #14213d; line-height: 1.5">
<h1 style="font-size: 1.5rem">This address or request could not be read</h1>
<p>Nothing was changed. Check the address, or go back and try again.</p>
<p><a href="/" style="color: #14213d">Go to the events page</a></p>
</body></html>`;
