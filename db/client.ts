import { connect, type Socket } from "node:net";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { DrizzleQueryError } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { DATABASE_UNAVAILABLE, isDatabaseUnavailable } from "./unavailable";
import { acquirePgliteLock } from "./pglite-lock";
import * as schema from "./schema";
import type { Db } from "./types";

export type DatabaseHandle = {
  db: Db;
  driver: "postgres" | "pglite";
  close: () => Promise<void>;
};

export type OpenOptions =
  | { driver: "postgres"; url: string; max?: number }
  | { driver: "pglite"; dir: string }
  | { driver: "pglite"; dir?: undefined; loadDataDir?: Blob | File };

/**
 * How long to wait for PostgreSQL to accept a connection before a request
 * fails with "can't reach the database": seconds, not the minute a page
 * would otherwise hang while the server is unreachable.
 */
const CONNECT_TIMEOUT_S = 5;

export function openPostgres(url: string, max = 10): DatabaseHandle {
  markUnavailableErrors();
  const client = postgres(url, {
    max,
    onnotice: () => {},
    connect_timeout: CONNECT_TIMEOUT_S,
    // postgres.js waits before reconnecting, up to 20 s after repeated failures, and a
    // request waits with it: during an outage pages would hang, and after one the first
    // pages would too. A second at most: each attempt is one connection, not a storm.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    ...({ socket: openSocket() } as object),
  });
  // A transaction that cannot even begin fails with the driver's own error, not Drizzle's: mark it here.
  const guarded = new Proxy(client, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (prop !== "begin" || typeof value !== "function") return value;
      return (...args: unknown[]) => (value.apply(target, args) as Promise<unknown>).catch((e: unknown) => Promise.reject(marked(e)));
    },
  });
  return {
    db: drizzlePostgres(guarded, { schema }) as unknown as Db,
    driver: "postgres",
    close: () => client.end({ timeout: 5 }),
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
 * Next.js shows error.tsx a server error's digest, never its message, and
 * keeps a digest the error already has. A query that failed because the
 * database is out of reach carries one that says so, and the page can tell
 * the person that rather than "something went wrong".
 */
function markUnavailableErrors() {
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

export function openPglite(dir?: string, loadDataDir?: Blob | File): DatabaseHandle {
  const release = dir ? acquirePgliteLock(dir) : () => {};
  const client = new PGlite({ dataDir: dir ? path.resolve(dir) : undefined, extensions: { pg_trgm }, loadDataDir });
  return {
    db: drizzlePglite(client, { schema }) as unknown as Db,
    driver: "pglite",
    close: async () => {
      try {
        await client.close();
      } finally {
        release();
      }
    },
  };
}

export function openDatabase(opts: OpenOptions): DatabaseHandle {
  if (opts.driver === "postgres") return openPostgres(opts.url, opts.max);
  return openPglite(opts.dir, "loadDataDir" in opts ? opts.loadDataDir : undefined);
}
