import type { Metadata } from "next";
import { Printer } from "@/components/icons/lucide";
import NextLink from "next/link";
import { ReportBody } from "@/components/reports/report-body";
import { PageHeader } from "@/components/staff/page-header";
import { buttonVariants } from "@/components/ui";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { periodOptions } from "@/lib/reports/period";
import { countReport } from "@/lib/reports/counted";
import { dateFormatter } from "@/lib/date-formatters";
import { getInstituteTimeZone } from "@/lib/settings/time-zone";
import { listProgramOptions, readReportRequest, reportQuery } from "@/lib/reports/request";
import { ReportFilters } from "./report-filters";

export const metadata: Metadata = { title: "The year in numbers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The year in numbers for any staff member: a period, a programme, and every table with its CSV. */
export default async function ReportsPage({ searchParams }: Props) {
  await requireStaff("viewer");
  const params = await searchParams;
  const db = getDb();
  const now = new Date();
  const [request, programs] = await Promise.all([readReportRequest(db, params, now), listProgramOptions(db)]);
  const periods = periodOptions(now);
  const asked = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

  if (!request.ok) {
    return (
      <>
        <PageHeader title="The year in numbers" description="Events, invitations, attendance and the organizations engaged, for a period and programme." />
        <ReportFilters periods={periods} programs={programs} period={periods[0].key} program="" errors={request.fieldErrors} />
      </>
    );
  }

  const { period, program, scope } = request;
  const [{ value: report, countedAt }, timeZone] = await Promise.all([countReport(db, period, scope, { fresh: asked(params.fresh) === "1" }), getInstituteTimeZone(db)]);
  const countedAtTime = dateFormatter("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(countedAt);
  const title = `${period.label}${program ? ` — ${program.name}` : ""}`;
  return (
    <>
      <PageHeader
        title="The year in numbers"
        description={`${title}: events, invitations, attendance and the organizations engaged.`}
        actions={
          <NextLink href={`/staff/reports/print?${reportQuery(period, program)}`} className={buttonVariants({ variant: "secondary" })}>
            <Printer aria-hidden="true" />
            Print view
          </NextLink>
        }
      />
      <ReportFilters periods={periods} programs={programs} period={period.key} program={program?.slug ?? asked(params.program)} errors={{}} />
      <p className="mb-6 text-sm text-muted">
        Counted at <time dateTime={countedAt.toISOString()}>{countedAtTime}</time>; counted again every five minutes.{" "}
        <NextLink href={`/staff/reports?${reportQuery(period, program, { fresh: "1" })}`} className="font-medium text-accent-ink underline underline-offset-2">
          Count again now
        </NextLink>
      </p>
      <ReportBody report={report} csvHref={(table) => `/staff/reports/export?${reportQuery(period, program, { table })}`} />
    </>
  );
}
