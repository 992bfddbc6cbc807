import { dateFormatter } from "@/lib/date-formatters";

/** One day of the answers so far: how many had accepted, declined or joined the waitlist by its end. */
export type TimelineDay = { day: string; accepted: number; declined: number; waitlisted: number };

const dayOf = (d: Date, timeZone: string) => dateFormatter("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(d);

/**
 * Answers over time, day by day in the event's zone, from the first
 * invitation to `until` (today, or the event's day if earlier). Each answer
 * counts under the guest's answer as it stands now, on the day they gave it.
 */
export function responseTimeline(
  answers: readonly { respondedAt: Date | null; status: string }[],
  opts: { from: Date; until: Date; timeZone: string; maxDays?: number },
): TimelineDay[] {
  const maxDays = opts.maxDays ?? 90;
  const days: string[] = [];
  const start = new Date(Math.max(opts.from.getTime(), opts.until.getTime() - (maxDays - 1) * 86_400_000));
  for (let t = start.getTime(); dayOf(new Date(t), opts.timeZone) <= dayOf(opts.until, opts.timeZone); t += 86_400_000) {
    const d = dayOf(new Date(t), opts.timeZone);
    if (days.at(-1) !== d) days.push(d);
    if (days.length > maxDays) break;
  }
  const given = answers.flatMap((a) => (a.respondedAt ? [{ day: dayOf(a.respondedAt, opts.timeZone), status: a.status }] : []));
  return days.map((day) => {
    // Answers before the first day shown count on it, so the line starts where things stood.
    const upTo = given.filter((a) => a.day <= day);
    return {
      day,
      accepted: upTo.filter((a) => a.status === "accepted").length,
      declined: upTo.filter((a) => a.status === "declined").length,
      waitlisted: upTo.filter((a) => a.status === "waitlisted").length,
    };
  });
}
