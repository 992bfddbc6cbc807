import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { env, type Env } from "@/lib/env";
import { registerSecret } from "@/lib/log/redact";

let cached: string | undefined;

/**
 * Why this process may not run, or null. A secret kept in the database would
 * travel with every copy of it (backups, replicas, support dumps), and with it
 * every guest's link could be derived and every queued link opened: production
 * takes AUTH_SECRET from the environment or does not start.
 */
export function missingSecretProblem(e: Pick<Env, "NODE_ENV" | "AUTH_SECRET"> = env): string | null {
  if (e.NODE_ENV !== "production" || e.AUTH_SECRET) return null;
  return [
    "Convene cannot start: AUTH_SECRET is not set.",
    "In production the secret that signs sessions, derives guests' links and seals links in the outbox must live",
    "outside the database, so that a copy of the database opens nothing. Generate one (openssl rand -base64 32)",
    "and set AUTH_SECRET for the server and for `npm run email:deliver`; keep it as long as the links you sent should work.",
  ].join("\n");
}

/** For instrumentation.ts: a production server without AUTH_SECRET ends here, saying why. */
export function refuseToStartWithoutSecret(e: Pick<Env, "NODE_ENV" | "AUTH_SECRET"> = env): void {
  const problem = missingSecretProblem(e);
  if (!problem) return;
  console.error(problem);
  process.exit(1);
}

/**
 * AUTH_SECRET when set; otherwise (development, tests, the demo) one generated
 * on first use and kept in the settings table, so a newcomer needs no
 * configuration and every instance on one database agrees.
 */
export async function getAuthSecret(db: Db): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  const problem = missingSecretProblem();
  if (problem) throw new Error(problem);
  if (cached) return cached;
  const candidate = randomBytes(32).toString("base64url");
  await db.insert(settings).values({ key: "auth_secret", value: candidate }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "auth_secret"));
  cached = String(row.value);
  registerSecret(cached);
  return cached;
}
