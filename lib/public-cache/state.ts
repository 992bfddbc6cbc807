import type { Db } from "@/db/types";
import { forgetCachedInstitute } from "@/lib/settings/queries";
import { PublicPageStore } from "./store";
import { bumpPublicPagesVersion, readPublicPagesVersion } from "./version";
import { VersionWatch } from "./version-watch";
import { VERSION_CHECK_MS } from "./rules";

// This process's public-page cache. Kept on globalThis: proxy.ts (which
// answers from it) and the server actions (which empty it) are separate
// bundles of one process.

/**
 * The backstop for what no staff change announces: an event passing, a
 * change made outside Convene (the institute's settings written straight
 * into the database: each process reads them again within 5 s,
 * lib/settings/queries.ts).
 */
export const ENTRY_TTL_MS = 30_000;

export type PublicCache = {
  store: PublicPageStore;
  watch: VersionWatch;
  /** Marks this process's own render requests (lib/public-cache/serve.ts): never leaves the process. */
  renderSecret: string;
  inFlight: Map<string, Promise<unknown>>;
};

const holder = globalThis as unknown as { __convene_public_cache?: PublicCache; __convene_public_cache_db?: () => Db };

function randomSecret(): string {
  const bytes = new Uint8Array(32);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The cache, made on first use; `db` (proxy.ts's) is where the version is read. */
export function publicCache(db?: () => Db): PublicCache {
  if (db) holder.__convene_public_cache_db = db;
  if (!holder.__convene_public_cache) {
    const store = new PublicPageStore({ maxEntries: 500, maxBytes: 64 * 1024 * 1024, ttlMs: ENTRY_TTL_MS });
    holder.__convene_public_cache = {
      store,
      watch: new VersionWatch({
        read: async () => {
          const db = holder.__convene_public_cache_db;
          if (!db) throw new Error("No database to read the public pages' version from");
          return readPublicPagesVersion(db());
        },
        intervalMs: VERSION_CHECK_MS,
        now: () => Date.now(),
        // The settings too: a page rendered again must not show the institute's old words.
        onChange: () => {
          store.clear();
          forgetCachedInstitute();
        },
      }),
      renderSecret: randomSecret(),
      inFlight: new Map(),
    };
  }
  return holder.__convene_public_cache;
}

/**
 * Staff changed something a public page may show: this process drops its
 * pages at once (so whoever made the change sees it on the next request),
 * and the new version tells the others within VERSION_CHECK_MS. If the
 * version cannot be written, the other processes catch up within ENTRY_TTL_MS.
 */
export async function publicPagesChanged(db: Db): Promise<void> {
  const cache = publicCache();
  cache.store.clear();
  try {
    const version = await bumpPublicPagesVersion(db);
    cache.watch.seen(version, Date.now());
  } catch (e) {
    console.error(`The public pages' version could not be changed; other instances show the change within ${ENTRY_TTL_MS / 1000} s: ${e instanceof Error ? e.message : String(e)}`);
  }
  // Renders begun before the change are not kept.
  cache.store.clear();
}
