// The span a report covers, read from the page's `?period=` parameter. Pure:
// the page, the CSV route and the print view all resolve a period the same way.

export type ReportPeriod = {
  /** What the URL carries: "last-12-months" or a calendar year ("2026"). */
  key: string;
  /** Inclusive start. */
  from: Date;
  /** Exclusive end. */
  to: Date;
  label: string;
};

export const DEFAULT_PERIOD_KEY = "last-12-months";
/** Calendar years offered besides the last twelve months: this one and the four before it. */
const YEARS_OFFERED = 5;

function lastTwelveMonths(now: Date): ReportPeriod {
  const from = new Date(now);
  from.setUTCFullYear(from.getUTCFullYear() - 1);
  return { key: DEFAULT_PERIOD_KEY, from, to: now, label: "The last 12 months" };
}

// Calendar years run in UTC: the institute reports one year to funders, and an
// event at 23:30 in New York on 31 December belongs to that year in both.
function calendarYear(year: number): ReportPeriod {
  return { key: String(year), from: new Date(Date.UTC(year, 0, 1)), to: new Date(Date.UTC(year + 1, 0, 1)), label: String(year) };
}

/** The periods the page offers, the default first. */
export function periodOptions(now: Date): ReportPeriod[] {
  const year = now.getUTCFullYear();
  return [lastTwelveMonths(now), ...Array.from({ length: YEARS_OFFERED }, (_, i) => calendarYear(year - i))];
}

/**
 * The period a parameter names, or null when it names none the page offers
 * (the caller says so rather than guessing). No parameter means the default.
 */
export function resolvePeriod(param: string | null | undefined, now: Date): ReportPeriod | null {
  const key = (param ?? "").trim();
  if (key === "") return lastTwelveMonths(now);
  return periodOptions(now).find((p) => p.key === key) ?? null;
}
