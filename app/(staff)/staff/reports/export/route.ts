import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { getCurrentStaff } from "@/lib/auth/session";
import { reportTableToCsv } from "@/lib/reports/csv";
import { isReportCsvTable, reportTable } from "@/lib/reports/figures";
import { countReport } from "@/lib/reports/counted";
import { readReportRequest } from "@/lib/reports/request";

// Per request: the numbers depend on today and on who asks.
export const dynamic = "force-dynamic";

const text = (body: string, status: number) => new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "private, no-store" } });

/** One table of the year in numbers as a CSV file (?table=…&period=…&program=…). Checks the session itself: a route handler has no layout in front of it. */
export async function GET(request: Request) {
  const staff = await getCurrentStaff();
  if (!staff) return text("Sign in to download reports.", 401);
  if (!hasRole(staff.role, "viewer")) return text("You do not have permission to download reports.", 403);

  const url = new URL(request.url);
  // No table named: the first, events by format. A name that is not a table is refused.
  const table = url.searchParams.get("table") ?? "formats";
  if (!isReportCsvTable(table)) return text("Choose a table to download: formats, invitations, organization-kinds, top-organizations, never-came or speaker-kinds.", 400);
  const db = getDb();
  const asked = await readReportRequest(db, { period: url.searchParams.get("period"), program: url.searchParams.get("program") }, new Date());
  if (!asked.ok) return text(Object.values(asked.fieldErrors).join(" "), 400);

  // The file lists every organization, not only the page's first ten.
  const { value: report } = await countReport(db, asked.period, asked.scope, { topLimit: null });
  const filename = `convene-${table}-${asked.period.key}${asked.program ? `-${asked.program.slug}` : ""}.csv`.replace(/[^\w.-]/g, "-");
  return new Response(reportTableToCsv(reportTable(report, table)), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}
