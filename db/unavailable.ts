// Whether an error means the database is out of reach (not that a query was
// wrong), and what a person is told then. Pure: error pages import it too.

/**
 * The digest a server error carries to the browser when the database is out
 * of reach. Next.js sends only an error's digest to error.tsx (never its
 * message), and keeps a digest an error already has.
 */
export const DATABASE_UNAVAILABLE = "CONVENE_DATABASE_UNAVAILABLE";

export const DATABASE_UNAVAILABLE_MESSAGE = "Convene can't reach its database just now, so nothing was saved. Please try again in a minute.";

// postgres.js names a lost connection by these codes; Node by the socket's.
const CONNECTION_CODES = new Set([
  "CONNECT_TIMEOUT",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * SQLSTATE: class 08 is a connection exception; 57P01–57P03 a server
 * shutting down or not yet accepting connections; 53300 no connection slot left.
 */
function unavailableSqlState(code: string): boolean {
  return code.startsWith("08") || code === "57P01" || code === "57P02" || code === "57P03" || code === "53300";
}

/** Follows `cause` (Drizzle wraps the driver's error in its own). */
export function isDatabaseUnavailable(e: unknown): boolean {
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && (CONNECTION_CODES.has(code) || unavailableSqlState(code))) return true;
    if ((current as { digest?: unknown }).digest === DATABASE_UNAVAILABLE) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** For logs: what went wrong with the connection, without the query or its parameters. */
export function describeUnavailable(e: unknown): string {
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return `the database is out of reach (${code})`;
    current = (current as { cause?: unknown }).cause;
  }
  return "the database is out of reach";
}
