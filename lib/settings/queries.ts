import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import type { Db } from "@/db/types";
import { settings } from "@/db/schema";
import { resolveInstitute, type Institute } from "./institute";

export async function getInstitute(db: Db): Promise<Institute> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "institute"));
  return resolveInstitute(row?.value);
}

/** Once per request, however many components ask. */
export const getInstituteCached = cache(async (db: Db) => getInstitute(db));
