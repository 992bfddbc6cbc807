import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { env } from "@/lib/env";
import { registerSecret } from "@/lib/log/redact";

let cached: string | undefined;

/**
 * AUTH_SECRET when set; otherwise one generated on first use and kept in the
 * settings table, so a newcomer needs no configuration and every instance
 * on one database agrees.
 */
export async function getAuthSecret(db: Db): Promise<string> {
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  if (cached) return cached;
  const candidate = randomBytes(32).toString("base64url");
  await db.insert(settings).values({ key: "auth_secret", value: candidate }).onConflictDoNothing();
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "auth_secret"));
  cached = String(row.value);
  registerSecret(cached);
  return cached;
}
