import { eq } from "drizzle-orm";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { resolveInstitute, type Institute } from "@/lib/settings/institute";

/**
 * The institute's settings. Not marked `server-only`, because the email
 * deliverer also runs outside Next (`npm run email:deliver`).
 */
export async function readInstitute(db: Db): Promise<Institute> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "institute"));
  return resolveInstitute(row?.value);
}
