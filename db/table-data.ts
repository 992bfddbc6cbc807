import type { PGlite } from "@electric-sql/pglite";
import type postgres from "postgres";
import type { DatabaseHandle } from "./client";

// Table-by-table work over any Convene database, PGlite or PostgreSQL, with
// no knowledge of the schema: which tables exist, in which order their
// foreign keys allow them to be filled, a fingerprint of each one's content,
// and an exact copy of one database's rows into another's.

/** Plain SQL on one session (one PGlite, or one PostgreSQL connection or transaction). */
export type RawSql = { query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> };

export function rawFromPglite(client: PGlite): RawSql {
  return { query: async <T>(text: string, params?: unknown[]) => (await client.query<T>(text, params)).rows };
}

export function rawFromPostgres(sql: postgres.Sql | postgres.TransactionSql | postgres.ReservedSql): RawSql {
  return { query: async <T>(text: string, params?: unknown[]) => (await sql.unsafe(text, params as postgres.ParameterOrJSON<never>[])) as unknown as T[] };
}

/** The raw client behind an open PGlite handle. */
export function pgliteClientOf(handle: DatabaseHandle): PGlite {
  if (handle.driver !== "pglite") throw new Error("Not an embedded (PGlite) database");
  return (handle.db as unknown as { $client: PGlite }).$client;
}

export type TableRef = { schema: string; name: string };
export const MIGRATIONS_TABLE: TableRef = { schema: "drizzle", name: "__drizzle_migrations" };

export const qualified = (t: TableRef) => `"${t.schema.replaceAll('"', '""')}"."${t.name.replaceAll('"', '""')}"`;
export const label = (t: TableRef) => (t.schema === "public" ? t.name : `${t.schema}.${t.name}`);
const quote = (column: string) => `"${column.replaceAll('"', '""')}"`;

/**
 * Every table of Convene's: those in the public schema, plus the migrations
 * journal when it exists, parents before children (foreign keys between
 * different tables; a table's references to itself are handled by the copy).
 */
export async function listTables(db: RawSql): Promise<TableRef[]> {
  const tables = await db.query<TableRef>(
    `select n.nspname as schema, c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition
        and (n.nspname = 'public' or (n.nspname = $1 and c.relname = $2))
      order by n.nspname desc, c.relname`,
    [MIGRATIONS_TABLE.schema, MIGRATIONS_TABLE.name],
  );
  const edges = await db.query<{ child: string; parent: string }>(
    `select cn.nspname || '.' || cc.relname as child, pn.nspname || '.' || pc.relname as parent
       from pg_constraint k
       join pg_class cc on cc.oid = k.conrelid join pg_namespace cn on cn.oid = cc.relnamespace
       join pg_class pc on pc.oid = k.confrelid join pg_namespace pn on pn.oid = pc.relnamespace
      where k.contype = 'f' and k.conrelid <> k.confrelid`,
  );
  return topologicalOrder(tables, edges);
}

/** Parents first; ties keep their (alphabetical) order. A cycle is an error: no order could fill it. */
export function topologicalOrder(tables: readonly TableRef[], edges: readonly { child: string; parent: string }[]): TableRef[] {
  const key = (t: TableRef) => `${t.schema}.${t.name}`;
  const pending = new Map(tables.map((t) => [key(t), t]));
  const parentsOf = new Map<string, Set<string>>();
  for (const { child, parent } of edges) {
    if (!pending.has(child) || !pending.has(parent)) continue;
    if (!parentsOf.has(child)) parentsOf.set(child, new Set());
    parentsOf.get(child)!.add(parent);
  }
  const ordered: TableRef[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()].filter((t) => [...(parentsOf.get(key(t)) ?? [])].every((p) => !pending.has(p)));
    if (ready.length === 0) throw new Error(`The foreign keys between ${[...pending.keys()].join(", ")} form a cycle: no order fills them.`);
    for (const t of ready) {
      ordered.push(t);
      pending.delete(key(t));
    }
  }
  return ordered;
}

/**
 * Settings that decide how a row is written as text, fixed so the same rows
 * give the same fingerprint on PGlite and on any PostgreSQL server.
 */
export async function setCanonicalText(db: RawSql): Promise<void> {
  for (const statement of [
    "set timezone to 'UTC'",
    "set datestyle to 'ISO, MDY'",
    "set intervalstyle to 'postgres'",
    "set extra_float_digits to 1",
    "set bytea_output to 'hex'",
  ]) {
    await db.query(statement);
  }
}

export type TableStats = { table: string; rows: number; hash: string };

/** Row count and an md5 of every row as text (in a fixed order) for one table. Call setCanonicalText on the session first. */
export async function tableStats(db: RawSql, t: TableRef, columns?: readonly string[]): Promise<TableStats> {
  const row = columns ? `row(${columns.map((c) => `t.${quote(c)}`).join(", ")})::text` : "t::text";
  const [result] = await db.query<{ rows: number | string; hash: string }>(
    `select count(*) as rows, md5(coalesce(string_agg(${row}, E'\\n' order by ${row} collate "C"), '')) as hash from ${qualified(t)} t`,
  );
  return { table: label(t), rows: Number(result.rows), hash: result.hash };
}

export async function allTableStats(db: RawSql): Promise<TableStats[]> {
  await setCanonicalText(db);
  const out: TableStats[] = [];
  for (const t of await listTables(db)) out.push(await tableStats(db, t));
  return out.sort((a, b) => a.table.localeCompare(b.table));
}

/** The columns a row can be written into (generated columns are computed by the database). */
export async function writableColumns(db: RawSql, t: TableRef): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `select a.attname as name from pg_attribute a
      where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
      order by a.attnum`,
    [qualified(t)],
  );
  return rows.map((r) => r.name);
}

async function columnTypes(db: RawSql, t: TableRef): Promise<Map<string, string>> {
  const rows = await db.query<{ name: string; type: string }>(
    `select a.attname as name, format_type(a.atttypid, a.atttypmod) as type from pg_attribute a
      where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped order by a.attnum`,
    [qualified(t)],
  );
  return new Map(rows.map((r) => [r.name, r.type]));
}

/** Columns of `t` that refer to `t` itself, and its primary key. */
async function selfReferences(db: RawSql, t: TableRef): Promise<{ columns: string[]; primaryKey: string[] }> {
  const self = await db.query<{ name: string }>(
    `select distinct a.attname as name from pg_constraint k
       join pg_attribute a on a.attrelid = k.conrelid and a.attnum = any(k.conkey)
      where k.contype = 'f' and k.conrelid = $1::regclass and k.confrelid = k.conrelid`,
    [qualified(t)],
  );
  const pk = await db.query<{ name: string }>(
    `select a.attname as name from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = $1::regclass and i.indisprimary`,
    [qualified(t)],
  );
  return { columns: self.map((r) => r.name), primaryKey: pk.map((r) => r.name) };
}

export type CopyOptions = {
  /** Rows per statement; tables with binary columns (photos) go a few rows at a time. */
  batchRows?: number;
  binaryBatchRows?: number;
  onTable?: (table: string, rows: number) => void;
};

/**
 * Copies every row of `t` from `source` into the same (empty) table on
 * `target`. Rows travel as JSON (`json_agg` out, `json_populate_recordset`
 * in), which keeps every value exact: timestamps to the microsecond, numeric,
 * jsonb, arrays, enums and bytea (as hex). A column referring to its own table
 * is filled in a second pass, once every row it may point at exists.
 */
export async function copyTable(source: RawSql, target: RawSql, t: TableRef, opts: CopyOptions = {}): Promise<number> {
  const columns = await writableColumns(target, t);
  const sourceColumns = new Set(await writableColumns(source, t));
  const missing = columns.filter((c) => !sourceColumns.has(c));
  const extra = [...sourceColumns].filter((c) => !columns.includes(c));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `Table ${label(t)} differs between the two databases (${[...missing.map((c) => `only the target has ${c}`), ...extra.map((c) => `only the source has ${c}`)].join("; ")}): both must be at the same migrations.`,
    );
  }
  const types = await columnTypes(target, t);
  const binary = [...types.values()].some((type) => type === "bytea");
  const batch = binary ? (opts.binaryBatchRows ?? 8) : (opts.batchRows ?? 1000);
  const { columns: selfColumns, primaryKey } = await selfReferences(target, t);
  if (selfColumns.length > 0 && primaryKey.length === 0) throw new Error(`Table ${label(t)} refers to itself but has no primary key: it cannot be copied in two passes.`);

  const list = columns.map(quote).join(", ");
  const values = columns.map((c) => (selfColumns.includes(c) ? `null::${types.get(c)}` : `r.${quote(c)}`)).join(", ");
  const insert = `insert into ${qualified(t)} (${list}) overriding system value select ${values} from json_populate_recordset(null::${qualified(t)}, $1::text::json) r`;
  let copied = 0;
  for (let offset = 0; ; offset += batch) {
    // ctid order is stable here: nothing writes to the source while it is copied.
    const [{ rows }] = await source.query<{ rows: string | null }>(
      `select json_agg(t)::text as rows from (select * from ${qualified(t)} order by ctid limit ${batch} offset ${offset}) t`,
    );
    if (!rows) break;
    await target.query(insert, [rows]);
    copied += (JSON.parse(rows) as unknown[]).length;
  }
  if (selfColumns.length > 0) {
    const keys = [...primaryKey, ...selfColumns].map(quote).join(", ");
    const anySet = selfColumns.map((c) => `${quote(c)} is not null`).join(" or ");
    const [{ rows }] = await source.query<{ rows: string | null }>(`select json_agg(t)::text as rows from (select ${keys} from ${qualified(t)} where ${anySet}) t`);
    if (rows) {
      await target.query(
        `update ${qualified(t)} t set ${selfColumns.map((c) => `${quote(c)} = r.${quote(c)}`).join(", ")}
           from json_populate_recordset(null::${qualified(t)}, $1::text::json) r
          where ${primaryKey.map((c) => `t.${quote(c)} = r.${quote(c)}`).join(" and ")}`,
        [rows],
      );
    }
  }
  opts.onTable?.(label(t), copied);
  return copied;
}

/** Sets each sequence of the public schema on `target` to where it stands on `source`. */
export async function copySequences(source: RawSql, target: RawSql): Promise<number> {
  const sequences = await source.query<{ name: string; last_value: string | null }>(
    `select format('%I.%I', schemaname, sequencename) as name, last_value::text as last_value from pg_sequences where schemaname = 'public'`,
  );
  let set = 0;
  for (const s of sequences) {
    if (s.last_value === null) continue;
    await target.query(`select setval($1::regclass, $2::bigint, true)`, [s.name, s.last_value]);
    set++;
  }
  return set;
}

/** The tables of the public schema that hold at least one row, with their counts. */
export async function tablesWithRows(db: RawSql): Promise<{ table: string; rows: number }[]> {
  const out: { table: string; rows: number }[] = [];
  for (const t of await listTables(db)) {
    if (t.schema !== "public") continue;
    const [{ n }] = await db.query<{ n: number | string }>(`select count(*) as n from ${qualified(t)}`);
    if (Number(n) > 0) out.push({ table: label(t), rows: Number(n) });
  }
  return out;
}
