// At the door the camera reads a badge held up to it five times a second:
// once is enough. The same code counts again only once it has been out of
// view for `goneMs` (a guest who steps away and comes back), never while it
// stays there, though a frame that cannot be read now and then gives nothing.
// Pure: the door's scanner (components/door/badge-scanner.tsx) keeps `last`.

export const GONE_MS = 2000;

export type LastRead = { code: string; at: number } | null;

/** Whether a read of `code` (null: nothing readable) at `now` should be checked in, and what to remember. */
export function readAtDoor(last: LastRead, code: string | null, now: number, goneMs = GONE_MS): { submit: boolean; last: LastRead } {
  if (!code) return { submit: false, last };
  if (last?.code === code && now - last.at < goneMs) return { submit: false, last: { code, at: now } };
  return { submit: true, last: { code, at: now } };
}
