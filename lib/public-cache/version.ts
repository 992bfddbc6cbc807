import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";

// The version of what the public pages show: a row of the settings table that
// every staff change replaces with a new random value (lib/safe-action.ts).
// Only equality matters, so a change needs no read first.
export const PUBLIC_PAGES_VERSION_KEY = "public_pages_version";

export async function readPublicPagesVersion(db: Db): Promise<string> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, PUBLIC_PAGES_VERSION_KEY));
  return row ? String(row.value) : "";
}

export async function bumpPublicPagesVersion(db: Db): Promise<string> {
  const version = randomUUID();
  await db
    .insert(settings)
    .values({ key: PUBLIC_PAGES_VERSION_KEY, value: version })
    .onConflictDoUpdate({ target: settings.key, set: { value: version, updatedAt: new Date() } });
  return version;
}
