import { formatWithOptions } from "node:util";

// Nothing that opens a door may reach a log: a guest's link, a sign-in link,
// a session, a secret, or the values a failed query carried (addresses,
// token hashes). Every console line of a server process passes through
// redact() (installed from instrumentation.ts), so an error logged by
// Convene or by the framework is scrubbed the same way.

const secrets = new Set<string>();

/** A value to blank wherever it appears (AUTH_SECRET, API keys, a database password). */
export function registerSecret(value: string | undefined | null): void {
  if (value && value.length >= 8) secrets.add(value);
}

const RULES: [RegExp, string][] = [
  // A guest's page and its calendar file: /rsvp/<token>...
  [/\/rsvp\/[^\s/?#"'<>]+/g, "/rsvp/[redacted]"],
  // A person's opt-out and opt-in links: /opt-out/<token>, /opt-in/<token>.
  [/\/opt-(out|in)\/[A-Za-z0-9_.-]{20,}/g, "/opt-$1/[redacted]"],
  // Tokens in query strings (sign-in links, callback URLs, unsubscribe links).
  [/([?&](?:token|code|key|secret|signature)=)[^\s&#"'<>]+/gi, "$1[redacted]"],
  // Cookies and authorization headers.
  [/((?:authjs|__Secure-authjs|next-auth)\.[\w.-]*=)[^\s;,"']+/gi, "$1[redacted]"],
  [/(authorization["']?\s*[:=]\s*["']?(?:bearer|basic)\s+)[^\s"',]+/gi, "$1[redacted]"],
  [/\bre_[A-Za-z0-9_]{8,}/g, "[redacted-key]"],
  // A database URL's password.
  [/(postgres(?:ql)?:\/\/[^:/\s@]+:)[^@\s]+@/gi, "$1[redacted]@"],
  // Drizzle puts a failed query's parameters in its message.
  [/(\bparams: )[^\n]*/g, "$1[redacted]"],
  // 32-byte tokens and SHA-256 hashes wherever they stand alone.
  [/(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])/g, "[redacted-token]"],
  [/(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/gi, "[redacted-hash]"],
];

export function redact(text: string): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join("[redacted-secret]");
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

type Method = "log" | "info" | "warn" | "error" | "debug";
const INSTALLED = Symbol.for("convene.log.redaction");

/**
 * Routes console output through redact(). Arguments are formatted the way
 * console would format them (errors with their stacks and causes) first.
 */
export function installRedaction(target: Console = console): void {
  const marked = target as Console & { [INSTALLED]?: boolean };
  if (marked[INSTALLED]) return;
  marked[INSTALLED] = true;
  for (const method of ["log", "info", "warn", "error", "debug"] as Method[]) {
    const original = target[method].bind(target);
    target[method] = (...args: unknown[]) => {
      if (args.length === 0) return original();
      original(redact(formatWithOptions({ colors: false, depth: 4 }, ...args)));
    };
  }
}
