import type { Db } from "@/db/types";
import type { Institute } from "@/lib/settings/institute";
import { backoff, MAX_ATTEMPTS } from "./backoff";
import { claimDueEmails, renewLease, settleEmails, type ClaimedEmail, type Settlement } from "./claim";
import { getInstitute } from "@/lib/settings/queries";
import { RequestPacer } from "./pacer";
import { chunksOf, prepareRound, type Chunk, type Item } from "./prepare";
import { defaultTransport } from "./transport";
import type { EmailTransport, SendResult } from "./transports/types";

export type DeliveryCounts = { claimed: number; sent: number; retried: number; failed: number; suppressed: number };

export type DeliverOptions = {
  transport?: EmailTransport;
  /** Fixes the clock (tests); otherwise real time. */
  now?: Date;
  /** Most rows one run claims. */
  limit?: number;
  /** How long a claimed row stays out of other deliverers' reach. */
  leaseMs?: number;
  /** Waits for the provider's rate limit; tests may inject one that records. */
  sleep?: (ms: number) => Promise<void>;
  /** Spaces requests to the provider; shared by consecutive runs so the first request of one keeps its distance from the last of the previous. */
  pacer?: RequestPacer;
  /**
   * Asked between transport calls: once it answers true (the server is
   * stopping), the run sends nothing more, and hands back to the queue what
   * it claimed and did not send, due at once for another deliverer.
   */
  shouldStop?: () => boolean;
};

// A provider that keeps refusing within one run is left alone until the next.
const MAX_RATE_LIMIT_WAITS = 5;

type Round = { ready: Item[] };

/**
 * Sends what is due in the outbox. Every row is claimed under a lease before
 * it is sent and recorded after, and the outbox id (or the batch key) is the
 * provider's idempotency key, so a deliverer that dies between sending and
 * recording never causes a second delivery: the row falls due again when the
 * lease passes and the provider recognises the repeat.
 *
 * Rounds overlap: while one round waits on the provider's limit, the next
 * is claimed and rendered, so the CPU work hides in the waits.
 */
export async function deliverDueEmails(db: Db, opts: DeliverOptions = {}): Promise<DeliveryCounts> {
  return new DeliveryRun(db, opts).run();
}

/** One run of the deliverer: what it has claimed, counted and been told by the provider. */
class DeliveryRun {
  private readonly transport: EmailTransport;
  private readonly limit: number;
  private readonly leaseMs: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly pacer: RequestPacer;
  readonly counts: DeliveryCounts = { claimed: 0, sent: 0, retried: 0, failed: 0, suppressed: 0 };
  /** Claimed by this run and not yet recorded: what the lease must cover. */
  private readonly held = new Set<string>();
  private leaseRenewedAt: number;
  private institute: Promise<Institute> | undefined;
  /** Set once the provider asks for a longer wait than the lease: the rest goes back to the queue until then. */
  private pausedUntil: Date | undefined;
  /** Rows asked for so far, against `limit`. */
  private requested = 0;

  constructor(
    private readonly db: Db,
    private readonly opts: DeliverOptions,
  ) {
    this.transport = opts.transport ?? defaultTransport(db);
    this.limit = opts.limit ?? 500;
    this.leaseMs = opts.leaseMs ?? 60_000;
    this.sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.pacer = opts.pacer ?? new RequestPacer();
    this.leaseRenewedAt = this.clock().getTime();
  }

  private clock(): Date {
    return this.opts.now ?? new Date();
  }

  async run(): Promise<DeliveryCounts> {
    let upcoming: Promise<Round | null> | undefined = this.nextRound();
    try {
      for (;;) {
        const round = await upcoming;
        upcoming = undefined;
        if (!round) break;
        const chunks = chunksOf(round.ready, this.transport.maxBatch);
        for (const [index, chunk] of chunks.entries()) {
          if (this.stopping()) {
            await this.handBack(chunks.slice(index).flatMap((c) => c.items));
            break;
          }
          if (this.pausedUntil) await this.defer(chunk.items, this.pausedUntil);
          else await this.sendChunk(chunk);
          // Only once a request has been answered: rendering hogs the event loop
          // and would hold back the request's bytes (and skew the pacing).
          if (!this.pausedUntil && !this.stopping()) upcoming ??= this.nextRound();
        }
        if (this.stopping()) {
          const ahead = await upcoming;
          upcoming = undefined;
          if (ahead) await this.handBack(ahead.ready);
          break;
        }
        if (this.pausedUntil) {
          const ahead = await upcoming;
          if (ahead) await this.defer(ahead.ready, this.pausedUntil);
          break;
        }
        upcoming ??= this.nextRound();
      }
    } finally {
      // After an error, a round claimed ahead is never sent by this run; its
      // rows fall due again when their lease passes. Its own failure is moot.
      upcoming?.catch(() => {});
    }
    return this.counts;
  }

  /** One transport call's worth per round keeps leases short and lets parallel deliverers share the work. */
  private async nextRound(): Promise<Round | null> {
    const size = Math.min(this.limit - this.requested, this.transport.maxBatch);
    if (size <= 0) return null;
    this.requested += size;
    const rows = await claimDueEmails(this.db, { now: this.clock(), limit: size, leaseMs: this.leaseMs, maxBatch: this.transport.maxBatch });
    if (rows.length === 0) return null;
    this.counts.claimed += rows.length;
    for (const row of rows) this.held.add(row.id);
    this.institute ??= getInstitute(this.db);
    const { ready, settled } = await prepareRound(this.db, rows, await this.institute);
    await this.settle(settled);
    return { ready };
  }

  /** Sends one chunk, and again after each wait the provider asks for, until all is recorded or handed back. */
  private async sendChunk(chunk: Chunk): Promise<void> {
    let waiting = chunk.items;
    for (let waits = 0; waiting.length > 0; waits++) {
      const { limited, waitMs } = await this.sendOnce(waiting, chunk.key);
      waiting = limited;
      if (limited.length === 0) {
        this.pacer.succeeded();
        return;
      }
      this.pacer.refused(waitMs, this.transport.requestIntervalMs?.() ?? 0);
      if (waits >= MAX_RATE_LIMIT_WAITS || waitMs > this.leaseMs / 2) {
        // Longer than we hold rows for: hand them back for a later run.
        this.pausedUntil = new Date(this.clock().getTime() + waitMs);
        await this.defer(limited, this.pausedUntil);
        return;
      }
      // Resend limits requests, not emails: wait as asked, then send the same chunk again.
      await this.keepLease(waitMs);
      await this.sleep(waitMs);
    }
  }

  /** One request to the provider: records what it answered, returns what it refused for its rate limit and how long it asked to wait. */
  private async sendOnce(items: Item[], key: Chunk["key"]): Promise<{ limited: Item[]; waitMs: number }> {
    await this.keepLease();
    const delay = this.pacer.delay(this.transport.requestIntervalMs?.() ?? 0);
    if (delay > 0) await this.sleep(delay);
    this.pacer.started();
    const results = await this.transport.send(
      items.map((i) => i.message),
      key,
    );
    if (results.length !== items.length) {
      throw new Error(`The ${this.transport.name} transport answered ${results.length} of ${items.length} emails`);
    }
    const settlements: Settlement[] = [];
    const limited: Item[] = [];
    let waitMs = 0;
    results.forEach((result, index) => {
      const item = items[index];
      if (!result.ok && result.retryAfterMs !== undefined && !result.permanent) {
        limited.push(item);
        waitMs = Math.max(waitMs, result.retryAfterMs);
      } else {
        settlements.push(settlementOf(item.row, result, this.clock()));
      }
    });
    await this.settle(settlements);
    return { limited, waitMs };
  }

  private async keepLease(extraMs = 0): Promise<void> {
    const now = this.clock().getTime();
    if (extraMs === 0 && now - this.leaseRenewedAt < this.leaseMs / 2) return;
    await renewLease(this.db, [...this.held], new Date(now + extraMs + this.leaseMs));
    this.leaseRenewedAt = now + extraMs;
  }

  private stopping(): boolean {
    return this.opts.shouldStop?.() ?? false;
  }

  /** Claimed, not sent, and this run is ending: due again at once, the attempt not counted. */
  private handBack(items: Item[]): Promise<void> {
    const now = this.clock();
    return this.settle(
      items.map((i) => ({ id: i.row.id, status: "pending", lastError: "Handed back by a server that was stopping", sendAfter: now, refundAttempt: true }) as const),
    );
  }

  private defer(items: Item[], until: Date): Promise<void> {
    return this.settle(items.map((i) => deferral(i.row, until)));
  }

  private async settle(settlements: Settlement[]): Promise<void> {
    await settleEmails(this.db, settlements);
    for (const s of settlements) {
      this.held.delete(s.id);
      switch (s.status) {
        case "sent":
          this.counts.sent++;
          break;
        case "pending":
          this.counts.retried++;
          break;
        case "failed":
          this.counts.failed++;
          break;
        case "suppressed":
          this.counts.suppressed++;
          break;
        default:
          s satisfies never;
      }
    }
  }
}

function settlementOf(row: ClaimedEmail, result: SendResult, now: Date): Settlement {
  if (result.ok) return { id: row.id, status: "sent", providerId: result.providerId, at: now };
  if (result.permanent || row.attempts >= MAX_ATTEMPTS) return { id: row.id, status: "failed", lastError: result.error };
  const waitMs = Math.max(backoff(row.attempts), result.retryAfterMs ?? 0);
  return { id: row.id, status: "pending", lastError: result.error, sendAfter: new Date(now.getTime() + waitMs) };
}

/** Back to the queue without using up an attempt: the provider's limit is not the email's fault. */
function deferral(row: ClaimedEmail, until: Date): Settlement {
  return { id: row.id, status: "pending", lastError: "Rate limited by the provider; sent again later", sendAfter: until, refundAttempt: true };
}
