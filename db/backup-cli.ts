import { runScript } from "./cli";
import { databaseEnv as env } from "./env";
import { backupPglite, backupPostgres, defaultBackupFile, describeUrl } from "./backup";

// `npm run db:backup [FILE]`: a backup of the configured database (PostgreSQL
// when DATABASE_URL is set, the embedded PGlite folder otherwise).
runScript(async () => {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length > 1) throw new Error("Usage: npm run db:backup [FILE]   (one file name at most)");
  const started = performance.now();
  const format = env.DATABASE_URL ? "postgres" : "pglite";
  const file = args[0] ?? defaultBackupFile(format);
  const { bytes } = env.DATABASE_URL ? await backupPostgres(env.DATABASE_URL, file) : await backupPglite(env.PGLITE_DIR, file);
  const source = env.DATABASE_URL ? `PostgreSQL at ${describeUrl(env.DATABASE_URL)} (pg_dump, custom format)` : `the embedded database at ${env.PGLITE_DIR} (PGlite data directory, gzip)`;
  console.log(`Backed up ${source} to ${file}: ${formatBytes(bytes)} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log(`Restore it into an empty database with: npm run db:restore ${file}`);
});

function formatBytes(n: number): string {
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} kB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
