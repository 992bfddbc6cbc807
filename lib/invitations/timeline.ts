import { dateFormatter } from "@/lib/date-formatters";

/** One day of the answers so far: how many had accepted, declined or joined the waitlist by its end. */
export type TimelineDay = { day: string; accepted: number; declined: number; waitlisted: number };

/** How many answers of one kind were given on one day (YYYY-MM-DD in the event's zone). */
export type AnswersOnDay = { day: string; status: string; count: number };

type Options = { from: Date; until: Date; timeZone: string; maxDays?: number };

const dayOf = (d: Date, timeZone: string) => dateFormatter("en-CA", { year: "numeric", month: "2-digit", day: "2-digit", timeZone }).format(d);

/**
 * Answers over time, day by day in the event's zone, from the first
 * invitation to `until` (today, or the event's day if earlier). Each answer
 * counts under the guest's answer as it stands now, on the day they gave it.
 */
export function responseTimeline(answers: readonly { respondedAt: Date | null; status: string }[], opts: Options): TimelineDay[] {
  const counts = new Map<string, AnswersOnDay>();
  for (const a of answers) {
    if (!a.respondedAt) continue;
    const day = dayOf(a.respondedAt, opts.timeZone);
    const key = `${day} ${a.status}`;
    const c = counts.get(key) ?? { day, status: a.status, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  return timelineFromCounts([...counts.values()], opts);
}

/** The same, from answers already counted by day (as the database counts them). One pass over each. */
export function timelineFromCounts(counts: readonly AnswersOnDay[], opts: Options): TimelineDay[] {
  const maxDays = opts.maxDays ?? 90;
  const days: string[] = [];
  const start = new Date(Math.max(opts.from.getTime(), opts.until.getTime() - (maxDays - 1) * 86_400_000));
  const lastDay = dayOf(opts.until, opts.timeZone);
  for (let t = start.getTime(); dayOf(new Date(t), opts.timeZone) <= lastDay; t += 86_400_000) {
    const d = dayOf(new Date(t), opts.timeZone);
    if (days.at(-1) !== d) days.push(d);
    if (days.length > maxDays) break;
  }
  const sorted = [...counts].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const running = { accepted: 0, declined: 0, waitlisted: 0 };
  let next = 0;
  return days.map((day) => {
    // Answers before the first day shown count on it, so the line starts where things stood.
    while (next < sorted.length && sorted[next].day <= day) {
      const { status, count } = sorted[next++];
      if (status === "accepted" || status === "declined" || status === "waitlisted") running[status] += count;
    }
    return { day, ...running };
  });
}
