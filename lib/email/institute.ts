import { eq } from "drizzle-orm";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { resolveInstitute, type Institute } from "@/lib/settings/institute";

/**
 * The same read as `getInstitute` in lib/settings/queries.ts. That module is
 * marked `server-only`, which throws outside Next, and the deliverer also runs
 * from `npm run email:deliver`.
 */
export async function readInstitute(db: Db): Promise<Institute> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "institute"));
  return resolveInstitute(row?.value);
}
