// A reminder a day after the invitation reads as nagging: staff remind only
// the guests who have had a few days to answer.

export const DEFAULT_REMIND_SPACING_DAYS = 3;
export const MAX_REMIND_SPACING_DAYS = 60;

const DAY_MS = 86_400_000;

/** The days asked for on the page (?skip=…), as a whole number from 0 to 60; anything else is the default. */
export function parseSpacingDays(raw: unknown): number {
  const text = Array.isArray(raw) ? raw[0] : raw;
  if (typeof text !== "string" && typeof text !== "number") return DEFAULT_REMIND_SPACING_DAYS;
  const s = String(text).trim();
  if (!/^\d{1,3}$/.test(s)) return DEFAULT_REMIND_SPACING_DAYS;
  return Math.min(Number(s), MAX_REMIND_SPACING_DAYS);
}

export type SkippedGuest<T> = T & { reason: string };

/** "Invited today", "Invited yesterday", "Invited 2 days ago". */
export function invitedAgo(invitedAt: Date, now: Date): string {
  const days = Math.floor((now.getTime() - invitedAt.getTime()) / DAY_MS);
  if (days <= 0) return "Invited today";
  if (days === 1) return "Invited yesterday";
  return `Invited ${days} days ago`;
}

/**
 * Splits the guests who have not answered into those to remind and those
 * invited less than `days` days before `now` (with the reason in words).
 * A guest with no invitation time on record is reminded.
 */
export function splitBySpacing<T extends { invitedAt: Date | null }>(guests: readonly T[], days: number, now: Date): { due: T[]; skipped: SkippedGuest<T>[] } {
  const due: T[] = [];
  const skipped: SkippedGuest<T>[] = [];
  const cutoff = now.getTime() - days * DAY_MS;
  for (const g of guests) {
    if (days > 0 && g.invitedAt && g.invitedAt.getTime() > cutoff) skipped.push({ ...g, reason: `${invitedAgo(g.invitedAt, now)}, less than ${days} ${days === 1 ? "day" : "days"} ago` });
    else due.push(g);
  }
  return { due, skipped };
}
