// A form post or server action must come from a Convene page. Browsers send
// Origin on every POST; when it names another site, or is "null" (a sandboxed
// frame, a file, a page that hid its origin), the request is refused before
// any code runs. Requests without Origin (Resend's webhook, curl) are judged
// by their own checks (a signature, a session).

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export function isForeignOrigin(method: string, origin: string | null, host: string | null): boolean {
  if (!UNSAFE_METHODS.has(method.toUpperCase())) return false;
  if (origin === null) return false;
  if (origin === "null" || !host) return true;
  try {
    return new URL(origin).host.toLowerCase() !== host.toLowerCase();
  } catch {
    return true;
  }
}

export const FOREIGN_ORIGIN_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Refused</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; color: #14213d; line-height: 1.5">
<h1 style="font-size: 1.5rem">This form was not sent from Convene</h1>
<p>Nothing was changed. If you meant to send it, open the page again from its own address and send it from there.</p>
<p><a href="/" style="color: #14213d">Go to the events page</a></p>
</body></html>`;
