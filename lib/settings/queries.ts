import "server-only";
import { cache } from "react";
import type { Db } from "@/db/types";
import type { Institute } from "./institute";
import { readInstitute } from "./read";

export const getInstitute = readInstitute;

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
  const institute = readInstitute(db);
  shared.set(db, { at: Date.now(), institute });
  // A failed read is not kept: the next request tries again.
  institute.catch(() => {
    if (shared.get(db)?.institute === institute) shared.delete(db);
  });
  return institute;
});
