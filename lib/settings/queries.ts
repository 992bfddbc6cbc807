import { eq } from "drizzle-orm";
import { cache } from "react";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { resolveInstitute, type Institute } from "./institute";

// Not marked `server-only`: the email deliverer also runs outside Next
// (`npm run email:deliver`), and it reads the institute with getInstitute.

/** The institute's settings, read now. */
export async function getInstitute(db: Db): Promise<Institute> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, "institute"));
  return resolveInstitute(row?.value);
}

// The institute's name and addresses are configuration (no page edits them)
// and every public and guest page shows them: read once a minute per server
// process rather than once per request. Kept per database handle, so tests
// and scripts on other databases never see each other's.
const SHARED_FOR_MS = 60_000;
const shared = new WeakMap<Db, { at: number; institute: Promise<Institute> }>();

/** Once per request, however many components ask, and at most once a minute per process. */
export const getInstituteCached = cache(async (db: Db): Promise<Institute> => {
  const hit = shared.get(db);
  if (hit && Date.now() - hit.at < SHARED_FOR_MS) return hit.institute;
  const institute = getInstitute(db);
  shared.set(db, { at: Date.now(), institute });
  // A failed read is not kept: the next request tries again.
  institute.catch(() => {
    if (shared.get(db)?.institute === institute) shared.delete(db);
  });
  return institute;
});
