import { databaseEnv as env } from "./env";
import { openDatabase, type DatabaseHandle } from "./client";

/** Opens the configured database for a one-shot script and always closes it (PGlite hangs otherwise). */
export async function withScriptDatabase<T>(fn: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = env.DATABASE_URL
    ? openDatabase({ driver: "postgres", url: env.DATABASE_URL, max: 2 })
    : openDatabase({ driver: "pglite", dir: env.PGLITE_DIR });
  try {
    return await fn(handle);
  } finally {
    await handle.close();
  }
}

export function describeTarget(): string {
  if (env.DATABASE_URL) {
    const u = new URL(env.DATABASE_URL);
    return `PostgreSQL at ${u.host}${u.pathname}`;
  }
  return `embedded PGlite at ${env.PGLITE_DIR}`;
}

export function runScript(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
