/** "12 minutes", "3 hours", "2 days": how long the oldest overdue email has waited, in the largest whole unit. */
export function waitedFor(since: Date, now: Date): string {
  const minutes = Math.max(1, Math.floor((now.getTime() - since.getTime()) / 60_000));
  const [n, unit] = minutes < 120 ? [minutes, "minute"] : minutes < 48 * 60 ? [Math.floor(minutes / 60), "hour"] : [Math.floor(minutes / 1440), "day"];
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

/** The staff notice's one line: how many emails wait, and for how long (the oldest, when there are several). */
export function overdueLine(count: number, since: Date, now: Date): string {
  if (count === 1) return `1 email has been waiting to go out for ${waitedFor(since, now)}.`;
  return `${count.toLocaleString("en-GB")} emails are waiting to go out, the oldest for ${waitedFor(since, now)}.`;
}
