import type { Db } from "./types";

/**
 * One value per database handle, built on first use: for prepared queries
 * (drizzle builds their SQL once, not on every request; for a relational
 * query with nested relations the building costs more CPU than PostgreSQL
 * spends answering) and for anything else that depends only on the handle.
 * Kept in a WeakMap, so tests and scripts on other databases each get their
 * own and a closed handle takes its entry with it. A prepared query belongs
 * to the handle it was built on: inside a transaction, build the query on the
 * transaction instead.
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
