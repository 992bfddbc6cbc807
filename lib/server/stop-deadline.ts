/** The longest a graceful stop may take: CONVENE_STOP_TIMEOUT_SECONDS (1 to 300), 10 s by default. */
export function stopDeadlineMs(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 10_000;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 1 || seconds > 300) return 10_000;
  return Math.round(seconds * 1000);
}
