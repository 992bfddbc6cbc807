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
  const transport = opts.transport ?? defaultTransport(db);
  const limit = opts.limit ?? 500;
  const leaseMs = opts.leaseMs ?? 60_000;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const clock = () => opts.now ?? new Date();
  const counts: DeliveryCounts = { claimed: 0, sent: 0, retried: 0, failed: 0, suppressed: 0 };
  const pacer = opts.pacer ?? new RequestPacer();
  // Claimed by this run and not yet recorded: what the lease must cover.
  const held = new Set<string>();
  let leaseRenewedAt = clock().getTime();
  let institute: Promise<Institute> | undefined;
  let pausedUntil: Date | undefined;

  async function settle(settlements: Settlement[]) {
    await settleEmails(db, settlements);
    for (const s of settlements) {
      held.delete(s.id);
      switch (s.status) {
        case "sent":
          counts.sent++;
          break;
        case "pending":
          counts.retried++;
          break;
        case "failed":
          counts.failed++;
          break;
        case "suppressed":
          counts.suppressed++;
          break;
        default:
          s satisfies never;
      }
    }
  }

  async function keepLease(extraMs = 0) {
    const now = clock().getTime();
    if (extraMs === 0 && now - leaseRenewedAt < leaseMs / 2) return;
    await renewLease(db, [...held], new Date(now + extraMs + leaseMs));
    leaseRenewedAt = now + extraMs;
  }

  // One transport call's worth per round keeps leases short and lets parallel deliverers share the work.
  let requested = 0;
  async function nextRound(): Promise<Round | null> {
    const size = Math.min(limit - requested, transport.maxBatch);
    if (size <= 0) return null;
    requested += size;
    const rows = await claimDueEmails(db, { now: clock(), limit: size, leaseMs, maxBatch: transport.maxBatch });
    if (rows.length === 0) return null;
    counts.claimed += rows.length;
    for (const row of rows) held.add(row.id);
    institute ??= getInstitute(db);
    const { ready, settled } = await prepareRound(db, rows, await institute);
    await settle(settled);
    return { ready };
  }

  async function sendChunk(chunk: Chunk) {
    let waiting = chunk.items;
    for (let waits = 0; waiting.length > 0; waits++) {
      await keepLease();
      const delay = pacer.delay(transport.requestIntervalMs?.() ?? 0);
      if (delay > 0) await sleep(delay);
      pacer.started();
      const results = await transport.send(
        waiting.map((i) => i.message),
        chunk.key,
      );
      if (results.length !== waiting.length) {
        throw new Error(`The ${transport.name} transport answered ${results.length} of ${waiting.length} emails`);
      }
      const settlements: Settlement[] = [];
      const limited: Item[] = [];
      let waitMs = 0;
      results.forEach((result, index) => {
        const item = waiting[index];
        if (!result.ok && result.retryAfterMs !== undefined && !result.permanent) {
          limited.push(item);
          waitMs = Math.max(waitMs, result.retryAfterMs);
        } else {
          settlements.push(settlementOf(item.row, result, clock()));
        }
      });
      await settle(settlements);
      waiting = limited;
      if (limited.length === 0) {
        pacer.succeeded();
        return;
      }
      pacer.refused(waitMs, transport.requestIntervalMs?.() ?? 0);
      if (waits >= MAX_RATE_LIMIT_WAITS || waitMs > leaseMs / 2) {
        // Longer than we hold rows for: hand them back for a later run.
        pausedUntil = new Date(clock().getTime() + waitMs);
        await settle(limited.map((i) => deferral(i.row, pausedUntil as Date)));
        return;
      }
      // Resend limits requests, not emails: wait as asked, then send the same chunk again.
      await keepLease(waitMs);
      await sleep(waitMs);
    }
  }

  let upcoming: Promise<Round | null> | undefined = nextRound();
  try {
    for (;;) {
      const round = await upcoming;
      upcoming = undefined;
      if (!round) break;
      for (const chunk of chunksOf(round.ready, transport.maxBatch)) {
        if (pausedUntil) await settle(chunk.items.map((i) => deferral(i.row, pausedUntil as Date)));
        else await sendChunk(chunk);
        // Only once a request has been answered: rendering hogs the event loop
        // and would hold back the request's bytes (and skew the pacing).
        if (!pausedUntil) upcoming ??= nextRound();
      }
      if (pausedUntil) {
        const ahead = await upcoming;
        if (ahead) await settle(ahead.ready.map((i) => deferral(i.row, pausedUntil as Date)));
        break;
      }
      upcoming ??= nextRound();
    }
  } finally {
    // After an error, a round claimed ahead is never sent by this run; its
    // rows fall due again when their lease passes. Its own failure is moot.
    upcoming?.catch(() => {});
  }
  return counts;
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
