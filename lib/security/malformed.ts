// Requests Next would answer with a 500 before any Convene code runs: an
// address whose percent-encoding is broken, and a script-sent action whose
// arguments are not the JSON Next expects, or nest so deep that decoding
// them overflows the stack. proxy.ts answers them with a 400.

export function hasBrokenEncoding(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    return true;
  }
}

/**
 * Convene's forms send arguments a few levels deep; a hand-made body of
 * thousands of nested brackets makes React's decoder recurse until the stack
 * runs out. Counted before anything parses it.
 */
export const MAX_ARGUMENT_NESTING = 64;

/** Whether JSON text nests arrays and objects deeper than `max`, brackets inside strings not counted. */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

function isArguments(text: string): boolean {
  return !nestsDeeperThan(text, MAX_ARGUMENT_NESTING) && isJson(text);
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
 * sent as text; as a multipart form, the field "0", and any other numbered
 * field it refers to. A form sent without JavaScript carries the action's
 * bound arguments and state in "$ACTION_<n>:<m>" fields, also JSON. Arguments
 * that are not JSON, or nest deeper than MAX_ARGUMENT_NESTING, cannot have
 * come from Convene's pages.
 */
export function isUnreadableActionBody(contentType: string | null, body: string | FormData, scriptSent = true): boolean {
  const type = contentType?.toLowerCase() ?? "";
  if (type.startsWith("text/plain") && typeof body === "string") return !isArguments(body);
  if (type.startsWith("multipart/form-data") && body instanceof FormData) {
    const root = body.get("0");
    if (scriptSent && typeof root === "string" && !isArguments(root)) return true;
    for (const [name, value] of body) {
      const encoded = scriptSent ? /^\d+$/.test(name) : /^\$ACTION_\d+:\d+$/.test(name);
      if (encoded && typeof value === "string" && nestsDeeperThan(value, MAX_ARGUMENT_NESTING)) return true;
    }
  }
  return false;
}
