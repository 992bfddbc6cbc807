import "server-only";
import type { Db } from "@/db/types";
import { periodOptions, resolvePeriod, type ReportPeriod } from "./period";
import { listProgramOptions, programBySlug, type ReportScope } from "./queries";

export type ReportRequest =
  | { ok: true; period: ReportPeriod; program: { slug: string; name: string } | null; scope: ReportScope }
  | { ok: false; fieldErrors: { period?: string; program?: string } };

const first = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * The period and programme a page, print view or CSV asks for, checked: an
 * unknown period or programme is said in words next to its field, never guessed.
 */
export async function readReportRequest(db: Db, params: { period?: string | string[] | null; program?: string | string[] | null }, now: Date): Promise<ReportRequest> {
  const period = resolvePeriod(first(params.period), now);
  const slug = first(params.program).trim();
  const program = slug === "" ? null : await programBySlug(db, slug.slice(0, 200));
  const fieldErrors: { period?: string; program?: string } = {};
  if (!period) fieldErrors.period = `Choose a period from the list: ${periodOptions(now).map((p) => p.label.toLowerCase()).join(", ")}.`;
  if (slug !== "" && !program) fieldErrors.program = "There is no programme by that name: choose one from the list, or every programme.";
  if (!period || (slug !== "" && !program)) return { ok: false, fieldErrors };
  return { ok: true, period, program, scope: { from: period.from, to: period.to, programId: program?.id ?? null, now } };
}

export { listProgramOptions };

/** The query string that keeps a report's period and programme (for links to its CSV and print view). */
export function reportQuery(period: ReportPeriod, program: { slug: string } | null, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams({ period: period.key, ...(program ? { program: program.slug } : {}), ...extra });
  return q.toString();
}
