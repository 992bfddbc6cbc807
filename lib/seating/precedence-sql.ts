import { type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { BY_CREDENTIALS, classRank, PRECEDENCE_CLASSES } from "./precedence";

/**
 * The order of precedence in SQL, for lists sorted in the database (the
 * paginated guest list, the CSV export): class, heads of mission by date of
 * credentials (unknown last), family name, given name — the rules of
 * lib/seating/precedence.ts without staff's per-event order, which the table
 * plan's page applies.
 */
export function precedenceOrderSql(p: { precedenceClass: AnyPgColumn | SQL.Aliased; credentialsDate: AnyPgColumn | SQL.Aliased; familyName: AnyPgColumn | SQL.Aliased; givenName: AnyPgColumn | SQL.Aliased }): SQL[] {
  // The ranks are this module's own numbers, written into the statement: as parameters PostgreSQL would compare them as text.
  const rank = sql.join(
    PRECEDENCE_CLASSES.map((c) => sql`when ${c} then ${sql.raw(String(classRank(c)))}`),
    sql` `,
  );
  const credentialed = sql.join(
    [...BY_CREDENTIALS].map((c) => sql`${c}`),
    sql`, `,
  );
  return [
    sql`case ${p.precedenceClass}::text ${rank} else ${sql.raw(String(classRank(null)))} end`,
    sql`case when ${p.precedenceClass}::text in (${credentialed}) then ${p.credentialsDate} end asc nulls last`,
    sql`lower(${p.familyName})`,
    sql`lower(${p.givenName})`,
  ];
}

export type GuestSort = "name" | "precedence";
export const guestSortFrom = (v: string | undefined): GuestSort => (v === "precedence" ? "precedence" : "name");
