import "server-only";
import sharp from "sharp";
import { MAX_RECAP_IMAGE_PIXELS } from "./image-limits";

// Resized copies of recap photos, made by sharp when first asked for and
// kept in memory by the SHA-256 of the stored copy and the width: the same
// bytes always give the same picture, so a copy never needs invalidating.
// Who may see a photo is decided by the route on every request, before this
// cache is consulted; the cache only saves the resizing.

const MAX_CACHED_BYTES = 48 * 1024 * 1024;

type Store = { entries: Map<string, Uint8Array>; bytes: number; pending: Map<string, Promise<Uint8Array | null>> };
const globalForVariants = globalThis as unknown as { conveneVariants?: Store };
const store: Store = (globalForVariants.conveneVariants ??= { entries: new Map(), bytes: 0, pending: new Map() });

/** A WebP at most `width` pixels wide (never enlarged), upright, without metadata. */
export async function resizePhoto(bytes: Uint8Array, width: number): Promise<Uint8Array> {
  // Older uploads were checked by their headers only: the pixel limit holds here too.
  const out = await sharp(bytes, { limitInputPixels: MAX_RECAP_IMAGE_PIXELS, failOn: "error", autoOrient: true })
    .resize({ width, withoutEnlargement: true })
    .webp({ quality: 78 })
    .toBuffer();
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

function remember(key: string, value: Uint8Array) {
  if (value.byteLength > MAX_CACHED_BYTES / 8) return;
  store.entries.set(key, value);
  store.bytes += value.byteLength;
  // A Map iterates in insertion order: the oldest goes first.
  for (const [oldest, v] of store.entries) {
    if (store.bytes <= MAX_CACHED_BYTES) break;
    store.entries.delete(oldest);
    store.bytes -= v.byteLength;
  }
}

/** The resized copy, from memory or made now; requests for the same copy at once share one resize. */
export async function photoVariant(sha256: string, width: number, load: () => Promise<Uint8Array | null>): Promise<Uint8Array | null> {
  const key = `${sha256}:${width}`;
  const hit = store.entries.get(key);
  if (hit) {
    // Most recently used goes to the back of the line.
    store.entries.delete(key);
    store.entries.set(key, hit);
    return hit;
  }
  const running = store.pending.get(key);
  if (running) return running;
  const made = (async () => {
    const original = await load();
    if (!original) return null;
    const resized = await resizePhoto(original, width);
    remember(key, resized);
    return resized;
  })();
  store.pending.set(key, made);
  try {
    return await made;
  } finally {
    store.pending.delete(key);
  }
}
