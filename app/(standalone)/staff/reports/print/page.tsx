import type { Metadata } from "next";
import NextLink from "next/link";
import { PrintToolbar } from "@/components/door/print-toolbar";
import { ReportBody } from "@/components/reports/report-body";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { countReport } from "@/lib/reports/counted";
import { readReportRequest, reportQuery } from "@/lib/reports/request";

export const metadata: Metadata = { title: "The year in numbers, to print — Convene", robots: { index: false } };

const PAGE_CSS = "@page { size: A4; margin: 16mm 14mm; }";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const longDate = (d: Date) => d.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** The numbers section of the annual report: the same figures as the staff page, set for paper. */
export default async function PrintReportPage({ searchParams }: Props) {
  await requireStaff("viewer");
  const db = getDb();
  const now = new Date();
  const asked = await readReportRequest(db, await searchParams, now);
  if (!asked.ok) {
    return (
      <main className="mx-auto max-w-3xl p-6">
        <h1 className="font-serif text-2xl font-semibold text-ink">The year in numbers</h1>
        <p role="alert" className="mt-4 text-sm text-danger">
          {Object.values(asked.fieldErrors).join(" ")}
        </p>
        <NextLink href="/staff/reports" className="mt-4 inline-block text-sm text-accent-ink underline">
          Back to the reports
        </NextLink>
      </main>
    );
  }
  const { period, program, scope } = asked;
  const { value: report } = await countReport(db, period, scope);
  const lastDay = new Date(period.to.getTime() - 1);
  return (
    <div className="min-h-dvh bg-surface print:bg-paper">
      <style>{PAGE_CSS}</style>
      <PrintToolbar summary="The numbers section of the annual report, set for A4." back={`/staff/reports?${reportQuery(period, program)}`} backLabel="Back to the reports" />
      <main className="mx-auto max-w-4xl bg-paper px-5 py-8 sm:px-10 sm:py-12 print:max-w-none print:p-0">
        <header className="mb-8 border-b-2 border-ink pb-4 print:mb-5">
          <p className="text-xs font-semibold tracking-[0.14em] text-muted uppercase">Annual report · The year in numbers</p>
          <h1 className="mt-2 font-serif text-3xl font-semibold tracking-tight text-ink print:text-[24pt]">{period.label === "The last 12 months" ? "The last twelve months" : period.label}</h1>
          <p className="mt-1 text-sm text-muted">
            {longDate(period.from)} to {longDate(lastDay)}
            {program ? ` · ${program.name}` : " · Every programme"}
          </p>
        </header>
        <ReportBody report={report} csvHref={null} />
        <p className="mt-10 border-t border-line pt-3 text-xs text-muted">Drawn from Convene on {longDate(now)}.</p>
      </main>
    </div>
  );
}
