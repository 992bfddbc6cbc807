import type { Sql } from "postgres";

/**
 * drizzle hands postgres.js each statement with `prepare: false` (only a
 * query given a name is prepared). postgres.js then sends a statement that
 * has parameters in two round trips: Parse and Describe, to learn the
 * parameters' types, and only then Bind and Execute; and PostgreSQL parses
 * and plans it afresh each time. Prepared, a statement costs its two round
 * trips once per connection and one afterwards, and is parsed once.
 *
 * This wraps the client drizzle is given so that every statement is
 * prepared, in transactions and savepoints too (postgres.js hands their
 * callbacks a client of their own). postgres.js keeps each connection's
 * statements until the connection ends (it ends every connection after 30 to
 * 60 minutes), and prepares again when a migration changes a table under a
 * cached plan. A pooler in transaction mode (PgBouncer) cannot keep named
 * statements: `DATABASE_PREPARE=off` turns this off for one.
 */
export function preparingEveryStatement<T extends Sql<Record<string, never>>>(client: T): T {
  return new Proxy(client, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver);
      if (property === "unsafe") {
        return (query: string, parameters?: unknown[], options?: Record<string, unknown>) =>
          (value as (q: string, p?: unknown[], o?: Record<string, unknown>) => unknown)(query, parameters, { ...options, prepare: true });
      }
      if (property === "begin" || property === "savepoint") {
        return (...args: unknown[]) => {
          const work = args.at(-1);
          if (typeof work !== "function") return (value as (...a: unknown[]) => unknown)(...args);
          return (value as (...a: unknown[]) => unknown)(...args.slice(0, -1), (inner: T) => work(preparingEveryStatement(inner)));
        };
      }
      return value;
    },
  });
}
