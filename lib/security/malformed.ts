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
