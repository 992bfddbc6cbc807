import { runScript } from "./cli";
import { databaseEnv as env } from "./env";
import { describeUrl } from "./backup";
import { moveToPostgres } from "./move-to-postgres";

// `npm run db:move-to-postgres`: copies the embedded database (PGLITE_DIR) into
// the empty PostgreSQL database given by DATABASE_URL, verified table by table.
runScript(async () => {
  if (!env.DATABASE_URL) {
    throw new Error(
      "Set DATABASE_URL to the empty PostgreSQL database to move into, e.g.\n" +
        "  DATABASE_URL=postgres://convene@db.example.org:5432/convene npm run db:move-to-postgres\n" +
        `The embedded database is read from PGLITE_DIR (now ${env.PGLITE_DIR}).`,
    );
  }
  const started = performance.now();
  console.log(`Moving the embedded database at ${env.PGLITE_DIR} into PostgreSQL at ${describeUrl(env.DATABASE_URL)}…`);
  const summary = await moveToPostgres({ pgliteDir: env.PGLITE_DIR, databaseUrl: env.DATABASE_URL });
  const width = Math.max(...summary.tables.map((t) => t.table.length));
  console.log(`\n${"table".padEnd(width)}  ${"rows".padStart(8)}  fingerprint (md5, equal on both sides)`);
  for (const t of summary.tables) console.log(`${t.table.padEnd(width)}  ${String(t.rows).padStart(8)}  ${t.hash}`);
  console.log(
    `\nCopied ${summary.rows} rows in ${summary.tables.length - 1} tables (and checked the migrations journal) in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `every table's row count and content fingerprint match.`,
  );
  console.log(`Convene now runs on PostgreSQL with DATABASE_URL set. Keep ${env.PGLITE_DIR} until you have checked it (or back it up: npm run db:backup with DATABASE_URL unset).`);
});
