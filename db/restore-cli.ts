import { runScript } from "./cli";
import { databaseEnv as env } from "./env";
import { describeUrl, restorePglite, restorePostgres } from "./backup";

// `npm run db:restore FILE`: loads a backup made by `npm run db:backup` into
// the configured database, which must be empty.
runScript(async () => {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  if (args.length !== 1) throw new Error("Usage: npm run db:restore FILE   (a file written by npm run db:backup)");
  const [file] = args;
  const started = performance.now();
  const { tables } = env.DATABASE_URL ? await restorePostgres(file, env.DATABASE_URL) : await restorePglite(file, env.PGLITE_DIR);
  const target = env.DATABASE_URL ? `PostgreSQL at ${describeUrl(env.DATABASE_URL)}` : `the embedded database at ${env.PGLITE_DIR}`;
  console.log(`Restored ${file} into ${target}: ${tables} tables in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  console.log("Run `npm run db:migrate` next if this Convene is newer than the backup.");
});
