import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { openPglite, openPostgres } from "./client";
import { BackupError, describeUrl } from "./backup";
import { runMigrations } from "./migrate";
import { DatabaseInUseError } from "./pglite-lock";
import {
  copySequences,
  copyTable,
  label,
  listTables,
  MIGRATIONS_TABLE,
  pgliteClientOf,
  rawFromPglite,
  rawFromPostgres,
  tablesWithRows,
  tableStats,
  setCanonicalText,
  type RawSql,
} from "./table-data";

// `npm run db:move-to-postgres`: an office that started on the embedded
// database moves everything it gathered to PostgreSQL. Both databases are
// brought to the current migrations, every table is copied in one transaction
// on PostgreSQL, and each table's row count and content fingerprint must be
// equal on both sides before that transaction commits.

export type MovedTable = { table: string; rows: number; hash: string };
export type MoveSummary = { tables: MovedTable[]; rows: number; sequences: number };

export async function moveToPostgres(opts: { pgliteDir: string; databaseUrl: string; onTable?: (table: string, rows: number) => void }): Promise<MoveSummary> {
  const { pgliteDir, databaseUrl } = opts;
  if (!fs.existsSync(path.join(path.resolve(pgliteDir), "PG_VERSION"))) {
    throw new BackupError(`There is no embedded database at ${pgliteDir} (no PG_VERSION file there): nothing to move. Set PGLITE_DIR to the folder Convene used.`);
  }
  let source: ReturnType<typeof openPglite>;
  try {
    source = openPglite(pgliteDir);
  } catch (e) {
    if (!(e instanceof DatabaseInUseError)) throw e;
    throw new BackupError(
      `The embedded database at ${pgliteDir} is open in another Convene process (pid ${e.pid}). Stop it first: ` +
        `the move reads a database nobody writes to, so nothing written during the move is left behind.`,
    );
  }
  const target = openPostgres(databaseUrl, 2);
  try {
    await assertTargetEmpty(databaseUrl);
    // Both at the same (current) migrations, so every table has the same columns on both sides.
    await runMigrations(source);
    await runMigrations(target);
    const tx = postgres(databaseUrl, { max: 1, onnotice: () => {} });
    try {
      return await tx.begin(async (t) => copyAll(rawFromPglite(pgliteClientOf(source)), rawFromPostgres(t), opts.onTable));
    } finally {
      await tx.end({ timeout: 5 });
    }
  } finally {
    await source.close();
    await target.close();
  }
}

async function assertTargetEmpty(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`select 1`.catch((e: unknown) => {
      throw new BackupError(`PostgreSQL at ${describeUrl(url)} cannot be reached (${(e as { code?: string }).code ?? (e instanceof Error ? e.message : String(e))}).`);
    });
    const withRows = await tablesWithRows(rawFromPostgres(sql));
    if (withRows.length > 0) {
      throw new BackupError(
        `The database ${describeUrl(url)} is not empty: ${withRows
          .slice(0, 6)
          .map((t) => `${t.table} has ${t.rows} row${t.rows === 1 ? "" : "s"}`)
          .join(", ")}${withRows.length > 6 ? ", …" : ""}. The move writes only into an empty database (a new one, or one where only \`npm run db:migrate\` ran): create one (\`createdb convene\`) and point DATABASE_URL at it.`,
      );
    }
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function copyAll(source: RawSql, target: RawSql, onTable?: (table: string, rows: number) => void): Promise<MoveSummary> {
  const tables = await listTables(source);
  const targetTables = new Set((await listTables(target)).map(label));
  const missing = tables.map(label).filter((t) => !targetTables.has(t));
  if (missing.length > 0) throw new BackupError(`PostgreSQL lacks tables the embedded database has (${missing.join(", ")}) after migrating: both must run the same Convene.`);

  // The migrations journal was written by migrating the target; it is compared, not copied.
  const data = tables.filter((t) => t.schema === "public");
  let rows = 0;
  for (const t of data) rows += await copyTable(source, target, t, { onTable });
  const sequences = await copySequences(source, target);

  await setCanonicalText(source);
  await setCanonicalText(target);
  const moved: MovedTable[] = [];
  const differences: string[] = [];
  for (const t of [...data, ...tables.filter((x) => x.schema === MIGRATIONS_TABLE.schema && x.name === MIGRATIONS_TABLE.name)]) {
    const from = await tableStats(source, t);
    const to = await tableStats(target, t);
    if (from.rows !== to.rows || from.hash !== to.hash) differences.push(`${from.table}: ${from.rows} rows (${from.hash.slice(0, 8)}) in the embedded database, ${to.rows} (${to.hash.slice(0, 8)}) in PostgreSQL`);
    moved.push(from);
  }
  // Throwing here rolls the whole copy back: PostgreSQL stays empty.
  if (differences.length > 0) throw new BackupError(`The copy does not match the embedded database, so nothing was kept:\n  ${differences.join("\n  ")}`);
  return { tables: moved.sort((a, b) => a.table.localeCompare(b.table)), rows, sequences };
}
