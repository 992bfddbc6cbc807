// Whether an error means the database is out of reach (not that a query was
// wrong), and what a person is told then. Pure: error pages import it too.

import { errorChain } from "./errors";

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
  for (const err of errorChain(e)) {
    if (typeof err.code === "string" && (CONNECTION_CODES.has(err.code) || unavailableSqlState(err.code))) return true;
    if (err.digest === DATABASE_UNAVAILABLE) return true;
  }
  return false;
}

/** For logs: what went wrong with the connection, without the query or its parameters. */
export function describeUnavailable(e: unknown): string {
  for (const err of errorChain(e)) if (typeof err.code === "string") return `the database is out of reach (${err.code})`;
  return "the database is out of reach";
}
