import { eq } from "drizzle-orm";
import { cache } from "react";
import { assets, settings } from "@/db/schema";
import { preparedEverywhere } from "@/db/per-database";
import type { Db } from "@/db/types";
import { resolveInstitute, type Institute } from "./institute";

// Not marked `server-only`: the email deliverer also runs outside Next
// (`npm run email:deliver`), and it reads the institute with getInstitute.

/** The institute's settings, read now. */
export async function getInstitute(db: Db): Promise<Institute> {
  const [row] = await instituteQuery(db).execute();
  return resolveInstitute(row?.value);
}

// Read inside every guest's answer and by every email: built once.
const instituteQuery = preparedEverywhere((db) => db.select({ value: settings.value }).from(settings).where(eq(settings.key, "institute")).prepare("institute"));

// Every public and guest page shows the institute's name: each process keeps
// what it read for a few seconds rather than asking on every request. The
// process that saves the settings forgets its copy at once
// (forgetCachedInstitute, lib/settings/mutations.ts's caller), every process
// forgets it when the public pages' version changes (lib/public-cache/state.ts:
// any staff change, seen within a second), and a change made outside Convene
// is read within SHARED_FOR_MS. Kept per database handle, so tests and scripts
// on other databases never see each other's; on globalThis, because proxy.ts
// and the server's own bundles are separate copies of this module in one process.
export const SHARED_FOR_MS = 5_000;

type Shared = { generation: number; byDb: WeakMap<Db, { at: number; generation: number; institute: Promise<Institute> }> };
const holder = globalThis as unknown as { __convene_institute_cache?: Shared };
const shared = (): Shared => (holder.__convene_institute_cache ??= { generation: 0, byDb: new WeakMap() });

/** This process reads the institute again on its next request. */
export function forgetCachedInstitute(): void {
  shared().generation++;
}

/** Once per request, however many components ask, and at most once every few seconds per process. */
export const getInstituteCached = cache(async (db: Db): Promise<Institute> => {
  const state = shared();
  const hit = state.byDb.get(db);
  if (hit && hit.generation === state.generation && Date.now() - hit.at < SHARED_FOR_MS) return hit.institute;
  const institute = getInstitute(db);
  state.byDb.set(db, { at: Date.now(), generation: state.generation, institute });
  // A failed read is not kept: the next request tries again.
  institute.catch(() => {
    if (state.byDb.get(db)?.institute === institute) state.byDb.delete(db);
  });
  return institute;
});

/** The institute's logo as stored (for documents: PDFs), or null without one. */
export async function getInstituteLogo(db: Db): Promise<{ bytes: Uint8Array; contentType: string; width: number | null; height: number | null } | null> {
  const institute = await getInstitute(db);
  if (!institute.logoAssetId) return null;
  const [row] = await db
    .select({ data: assets.data, contentType: assets.contentType, width: assets.width, height: assets.height })
    .from(assets)
    .where(eq(assets.id, institute.logoAssetId));
  return row ? { bytes: row.data, contentType: row.contentType, width: row.width, height: row.height } : null;
}

/** The logo's public address (absolute when `origin` is given: emails), or null. */
export function instituteLogoPath(institute: Pick<Institute, "logoAssetId">): string | null {
  return institute.logoAssetId ? `/assets/${institute.logoAssetId}` : null;
}
