import { connect, type Socket } from "node:net";
import { DrizzleQueryError } from "drizzle-orm";
import type { Options } from "postgres";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "./unavailable";
import type { Db } from "./types";

// Everything Convene does so that a database out of reach fails a request
// fast and says so, in one place, because part of it leans on how the
// libraries behave rather than on what they promise. The pure rules (which
// error means "out of reach", what a person is told) are in
// db/unavailable.ts, which the error pages import too.
//
// Checked against drizzle-orm 0.45.4, postgres (postgres.js) 3.4.9 and
// @electric-sql/pglite 0.5.17 (DRIVERS_CHECKED below); db/outage.test.ts
// fails when an installed version differs, and tests each assumption:
//
// 1. postgres.js: `connect_timeout`, `backoff` and `socket` are documented
//    options (its README; `socket` is missing from its type definitions).
//    The errors it rejects with carry a `code` (CONNECT_TIMEOUT,
//    CONNECTION_CLOSED, ...; Node's ECONNREFUSED ...).
// 2. Drizzle wraps every failed query in a DrizzleQueryError (the driver's
//    error as `cause`, the query's parameters in its message) and offers no
//    hook to act on a failed query. The one way to give those errors the
//    digest Next.js shows error.tsx is a `digest` getter on that class's
//    prototype: one of Convene's two reaches into a library's internals (the
//    other is db/per-database.ts's preparedEverywhere, tested on both drivers).
// 3. A transaction that cannot even begin fails with the driver's own error,
//    not Drizzle's. `db.transaction` is Drizzle's public API: it is wrapped on
//    the handle Convene opens (rather than postgres.js's `begin`, which is
//    Drizzle's business to call).
// 4. PGlite runs inside the process: it cannot be out of reach, so it needs none of this.

/** The versions the assumptions above were checked against. */
export const DRIVERS_CHECKED = { "drizzle-orm": "0.45.4", postgres: "3.4.9", "@electric-sql/pglite": "0.5.17" } as const;

/**
 * How long to wait for PostgreSQL to accept a connection before a request
 * fails with "can't reach the database": seconds, not the minute a page
 * would otherwise hang while the server is unreachable.
 */
const CONNECT_TIMEOUT_S = 5;

/** postgres.js options that make an unreachable server fail a request within seconds, and a server that is back answer at once. */
export function failFastOptions(): Pick<Options<Record<string, never>>, "connect_timeout" | "backoff"> {
  return {
    connect_timeout: CONNECT_TIMEOUT_S,
    // postgres.js waits before reconnecting, up to 20 s after repeated failures, and a
    // request waits with it: during an outage pages would hang, and after one the first
    // pages would too. A second at most: each attempt is one connection, not a storm.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    // Documented in postgres.js's README but not in its types.
    ...({ socket: openSocket() } as object),
  };
}

type SocketOptions = { host: string[]; port: number[]; path: string | false };

/**
 * The sockets postgres.js talks over (its `socket` option). While a server
 * accepts a connection and closes it without a word (a proxy or load
 * balancer whose database is down), postgres.js reconnects without end and
 * its connect timeout never fires: the request waiting for it would hang for
 * good. Closed before its first byte, the socket ends in an error instead,
 * which fails that request as a refused connection does.
 */
function openSocket() {
  let turn = 0;
  return (options: SocketOptions): Socket => {
    const i = turn++ % options.host.length;
    const socket = options.path ? connect(options.path) : connect(options.port[i] ?? options.port[0], options.host[i]);
    socket.once("end", () => {
      if (socket.bytesRead === 0) {
        socket.destroy(Object.assign(new Error("The database server closed the connection before answering"), { code: "CONNECTION_CLOSED" }));
      }
    });
    return socket;
  };
}

/**
 * Gives a PostgreSQL handle's errors the digest that says the database is
 * out of reach: its queries' (through Drizzle's error class, once per
 * process) and its transactions' that could not begin.
 */
export function markOutages(db: Db): Db {
  markFailedQueries();
  const transaction = db.transaction.bind(db);
  const guarded: Db["transaction"] = (work, config) => transaction(work, config).catch((e: unknown) => Promise.reject(marked(e)));
  return Object.assign(db, { transaction: guarded });
}

/**
 * Next.js shows error.tsx a server error's digest, never its message, and
 * keeps a digest the error already has. A query that failed because the
 * database is out of reach carries one that says so, and the page can tell
 * the person that rather than "something went wrong".
 */
function markFailedQueries() {
  const proto = DrizzleQueryError.prototype as unknown as Record<symbol, boolean>;
  if (proto[MARKED]) return;
  Object.defineProperty(proto, MARKED, { value: true });
  const given = new WeakMap<object, string>();
  Object.defineProperty(DrizzleQueryError.prototype, "digest", {
    configurable: true,
    get(this: DrizzleQueryError) {
      const digest = given.get(this);
      if (digest !== undefined) return digest;
      if (!isDatabaseUnavailable(this.cause)) return undefined;
      withoutParameters(this);
      return DATABASE_UNAVAILABLE;
    },
    set(this: DrizzleQueryError, digest: string) {
      given.set(this, digest);
    },
  });
}

const MARKED = Symbol.for("convene.databaseUnavailableDigest");

/**
 * Next.js logs a failed page's error in full, and Drizzle's message lists the
 * query's parameters (a session token, an address). When the connection is
 * what failed they explain nothing: they go before the error is logged (Next
 * reads the digest first).
 */
function withoutParameters(e: DrizzleQueryError) {
  const original = e.message;
  if (e.params.length === 0) return;
  e.message = `Failed query (the database is out of reach): ${e.query}`;
  e.params = [];
  if (e.stack) e.stack = e.stack.replace(original, e.message);
}

function marked(e: unknown): unknown {
  if (e instanceof Error && isDatabaseUnavailable(e) && !("digest" in e)) {
    Object.defineProperty(e, "digest", { value: DATABASE_UNAVAILABLE, writable: true, configurable: true });
  }
  return e;
}
