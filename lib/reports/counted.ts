import "server-only";
import type { Db } from "@/db/types";
import { TtlMemo, type Counted } from "./memo";
import type { ReportPeriod } from "./period";
import { getReport, TOP_ORGANIZATIONS, type Report, type ReportScope } from "./queries";

// The year in numbers is counted over every invitation of the period (80 000
// at the bench's size): a few hundred milliseconds of the database's time.
// Figures for a year need not be live to the second, so each period and
// programme is counted at most once every five minutes per server process;
// the page says when it was counted and offers to count again.
export const REPORT_TTL_MS = 5 * 60_000;

const memo = new TtlMemo<Report>({ ttlMs: REPORT_TTL_MS, max: 32 });

/**
 * The report for a period and programme, counted now or within the last five
 * minutes. Kept by the period's key, not its dates: "the last 12 months" ends
 * at each request's moment, and the figures kept are those of the twelve
 * months before they were counted (the page says when).
 */
export async function countReport(
  db: Db,
  period: Pick<ReportPeriod, "key">,
  scope: ReportScope,
  opts: { topLimit?: number | null; fresh?: boolean } = {},
): Promise<Counted<Report>> {
  const topLimit = opts.topLimit === undefined ? TOP_ORGANIZATIONS : opts.topLimit;
  const key = [period.key, scope.programId ?? "every", topLimit ?? "all"].join("|");
  return memo.get(key, () => getReport(db, scope, { topLimit }), { fresh: opts.fresh });
}

/** For tests: forget every kept count. */
export function forgetCountedReports(): void {
  memo.clear();
}
