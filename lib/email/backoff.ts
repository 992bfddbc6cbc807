export const MAX_ATTEMPTS = 5;

const FIRST_RETRY_MS = 30_000;
const LONGEST_WAIT_MS = 3_600_000;

/** How long to wait after failed attempt `n` (1-based): 30 s, 1 min, 2 min, … never more than an hour. */
export function backoff(attempt: number): number {
  const n = Math.max(1, Math.floor(attempt));
  // 2^(n-1) overflows long before n matters; past the cap the answer is the cap.
  if (n > 20) return LONGEST_WAIT_MS;
  return Math.min(FIRST_RETRY_MS * 2 ** (n - 1), LONGEST_WAIT_MS);
}
