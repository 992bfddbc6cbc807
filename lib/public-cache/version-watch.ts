// How a server process learns that what the public pages show has changed,
// wherever the change was made: a version in the settings table
// (lib/public-cache/version.ts), read at most once per interval however many
// requests ask, the read shared by all of them. Every instance behind a
// balancer reads the same row, so each sees a change within the interval.

export type VersionWatchOptions = {
  read: () => Promise<string>;
  intervalMs: number;
  now: () => number;
  /** Called when a read finds another version than the last one seen. */
  onChange: () => void;
};

export class VersionWatch {
  private version: string | null = null;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private pending: Promise<string | null> | null = null;

  constructor(private readonly opts: VersionWatchOptions) {}

  /**
   * The version now: the last one read, if that read began less than an
   * interval ago; otherwise read again (one read at a time). Null when it
   * cannot be read: nothing stored can then be vouched for.
   */
  current(): Promise<string | null> {
    const started = this.opts.now();
    if (this.version !== null && started - this.checkedAt < this.opts.intervalMs) return Promise.resolve(this.version);
    this.pending ??= this.opts
      .read()
      .then(
        (version) => {
          this.seen(version, started);
          return version;
        },
        () => {
          this.checkedAt = Number.NEGATIVE_INFINITY;
          return null;
        },
      )
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** A change this process made itself: known at once, without a read. */
  seen(version: string, at: number): void {
    if (this.version !== null && this.version !== version) this.opts.onChange();
    this.version = version;
    this.checkedAt = at;
  }
}
