// A small memo for figures that are dear to count and do not need to be live
// to the second: each value is kept for `ttlMs` from when its counting began,
// at most `max` values are kept (the least recently asked for goes first), and
// requests that ask while a count is under way share it. A count that fails
// is not kept. No I/O here: the clock is given, so tests can move it.

export type Counted<T> = { value: T; countedAt: Date };

export type MemoOptions = {
  ttlMs: number;
  max: number;
  now?: () => number;
};

type Entry<T> = { at: number; promise: Promise<T>; settled: boolean };

export class TtlMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();
  private readonly now: () => number;

  constructor(private readonly opts: MemoOptions) {
    this.now = opts.now ?? Date.now;
  }

  /**
   * The value for `key`: the kept one while it is younger than the TTL (or
   * still being counted), otherwise `count()` again. `fresh` counts again
   * whatever is kept, unless a count is already under way (that one is fresh).
   */
  async get(key: string, count: () => Promise<T>, opts: { fresh?: boolean } = {}): Promise<Counted<T>> {
    const at = this.now();
    const kept = this.entries.get(key);
    if (kept && (!kept.settled || (!opts.fresh && at - kept.at < this.opts.ttlMs))) {
      // Most recently used goes last.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return { value: await kept.promise, countedAt: new Date(kept.at) };
    }
    const entry: Entry<T> = { at, promise: Promise.resolve().then(count), settled: false };
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.opts.max) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    try {
      const value = await entry.promise;
      entry.settled = true;
      return { value, countedAt: new Date(at) };
    } catch (error) {
      if (this.entries.get(key) === entry) this.entries.delete(key);
      throw error;
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }
}
