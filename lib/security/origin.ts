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
