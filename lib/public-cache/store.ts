// The rendered public responses one server process keeps: a bounded LRU
// (entries and bytes), each entry good for `ttlMs` at most, all dropped when
// what the public pages show changes. `generation` counts those drops, so a
// render begun before one is never stored after it.

export type StoredResponse = {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  /** The nonce the page was rendered with (HTML only): every answer swaps it for its own. */
  renderNonce: string | null;
  /** An HTML body split at its render nonce: joined with an answer's own nonce, it is that answer's page. */
  htmlParts?: string[];
  storedAt: number;
  /** What it holds in memory, about: the store's budget counts this. */
  bytes: number;
};

export type StoreLimits = { maxEntries: number; maxBytes: number; ttlMs: number };

export class PublicPageStore {
  private entries = new Map<string, StoredResponse>();
  private bytes = 0;
  generation = 0;

  constructor(readonly limits: StoreLimits) {}

  get size(): number {
    return this.entries.size;
  }

  get byteSize(): number {
    return this.bytes;
  }

  /** The entry, if it is younger than the TTL; it becomes the most recently used. */
  get(key: string, now: number): StoredResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (now - entry.storedAt >= this.limits.ttlMs) {
      this.bytes -= entry.bytes;
      return undefined;
    }
    this.entries.set(key, entry);
    return entry;
  }

  /** Keeps `entry` unless the pages changed since its render began (`generation` then) or it alone is over the byte budget. */
  set(key: string, entry: StoredResponse, generation: number): boolean {
    if (generation !== this.generation || entry.bytes > this.limits.maxBytes) return false;
    this.remove(key);
    this.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldest, stored] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= stored.bytes;
    }
    return true;
  }

  /** Drops everything; renders in flight are not kept. */
  clear(): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation++;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.bytes -= entry.bytes;
  }
}
