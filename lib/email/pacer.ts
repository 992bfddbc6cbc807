/**
 * Spaces requests to a provider. The provider may say its limit outright
 * (Resend's `ratelimit-limit` header: requests per second), which the caller
 * passes to `delay`; otherwise the pacer infers it from refusals. Even spacing
 * at the limit beats bursting into it: each 429 costs a whole retry-after.
 */
export class RequestPacer {
  private intervalMs = 0;
  private lastStartMs = Number.NEGATIVE_INFINITY;
  private estimatedLimit = Number.POSITIVE_INFINITY;
  private accepted: number[] = [];

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** How long to wait before the next request may start; `knownIntervalMs` is the spacing the provider asked for. */
  delay(knownIntervalMs = 0): number {
    return Math.max(0, this.lastStartMs + Math.max(this.intervalMs, knownIntervalMs) - this.clock());
  }

  started(): void {
    this.lastStartMs = this.clock();
  }

  succeeded(): void {
    this.accepted.push(this.lastStartMs);
  }

  /**
   * A 429. When the provider has announced its limit (`knownIntervalMs`),
   * the refusal came from timing noise and the announced pace stands.
   * Otherwise the requests accepted within the last `retryAfterMs` bound the
   * limit from above; refused again at that pace, the limit must be lower
   * still (a fixed window can hold more of our requests than the limit).
   */
  refused(retryAfterMs: number, knownIntervalMs = 0): void {
    if (knownIntervalMs > 0) return;
    const since = this.lastStartMs - retryAfterMs;
    const recent = this.accepted.filter((at) => at > since).length;
    this.accepted = [];
    const lower = Number.isFinite(this.estimatedLimit) ? this.estimatedLimit - 1 : recent;
    this.estimatedLimit = Math.max(1, Math.min(recent, lower));
    this.intervalMs = Math.max(this.intervalMs, retryAfterMs / this.estimatedLimit);
  }
}
