import type { Db } from "./types";

/**
 * One value per database handle, built on first use: for prepared queries
 * (drizzle builds their SQL once, not on every request; for a relational
 * query with nested relations the building costs more CPU than PostgreSQL
 * spends answering) and for anything else that depends only on the handle.
 * Kept in a WeakMap, so tests and scripts on other databases each get their
 * own and a closed handle takes its entry with it. A prepared query belongs
 * to the handle it was built on: for one that also runs inside transactions,
 * use preparedEverywhere below.
 */
export function perDatabase<T>(build: (db: Db) => T): (db: Db) => T {
  const built = new WeakMap<Db, T>();
  return (db) => {
    let value = built.get(db);
    if (value === undefined) {
      value = build(db);
      built.set(db, value);
    }
    return value;
  };
}

type WithSession = { _: { session: { client: unknown } } };

/**
 * A prepared query that runs on any handle or open transaction, its SQL built
 * once per driver. `perDatabase` cannot serve a transaction: each one is a new
 * handle, so a query prepared on it is built again every time, and the
 * building (drizzle walks every column and chunk) costs a guest's answer more
 * CPU than PostgreSQL spends running its statements. Here the query is built
 * the first time, on whichever handle asks, and every later caller gets a view
 * of it bound to its own handle's connection: inside a transaction, the
 * transaction's. Drizzle's prepared queries keep that connection in `client`
 * and read it on each run, on both drivers (postgres.js and PGlite). That,
 * and a handle's session under `_`, are drizzle's internals (checked against
 * drizzle-orm 0.45.4): db/per-database.test.ts fails on both drivers when a
 * view stops running on its own handle's connection.
 */
export function preparedEverywhere<T extends object>(build: (db: Db) => T): (db: Db) => T {
  // One per driver: a session class for postgres.js, another for PGlite.
  const built = new WeakMap<object, T>();
  return (db) => {
    const session = (db as unknown as WithSession)._.session;
    const first = built.get(session.constructor);
    if (first === undefined) {
      const query = build(db);
      built.set(session.constructor, query);
      return query;
    }
    return Object.create(first, { client: { value: session.client } }) as T;
  };
}
