import { Lock } from "@/components/icons/lucide";
import { CONFIDENTIALITY_NOTE } from "@/lib/reports/confidentiality";
import { attendanceBars, headlines, reportTable, type ReportCsvTable } from "@/lib/reports/figures";
import type { Report } from "@/lib/reports/queries";
import { NEVER_CAME_SHOWN } from "@/lib/reports/limits";
import { ReportChart, ReportSection, ReportTable } from "./report-figure";

/**
 * The year in numbers: the headline figures, then one section a table. The
 * staff page and the print view both show it; `csvHref` is null on paper.
 */
export async function ReportBody({ report, csvHref }: { report: Report; csvHref: ((table: ReportCsvTable) => string) | null }) {
  const t = (table: ReportCsvTable) => reportTable(report, table);
  const csv = (table: ReportCsvTable) => (csvHref ? csvHref(table) : undefined);
  const formats = t("formats");
  const kinds = t("organization-kinds");
  const speakers = t("speaker-kinds");
  const never = t("never-came");
  const neverShown = { ...never, rows: never.rows.slice(0, NEVER_CAME_SHOWN) };
  const figures = headlines(report.totals);

  return (
    <div className="space-y-10 print:space-y-6">
      <section aria-labelledby="headline-figures">
        <h2 id="headline-figures" className="sr-only">
          Headline figures
        </h2>
        <dl className="grid grid-cols-2 gap-px overflow-hidden rounded-md border border-line bg-line sm:grid-cols-3 print:grid-cols-3">
          {figures.map((f) => (
            <div key={f.key} className="flex flex-col bg-paper p-4 print:p-2">
              <dt className="order-2 mt-1 text-sm font-medium text-ink">{f.label}</dt>
              <dd className="order-1 font-serif text-4xl leading-none font-semibold tracking-tight text-ink tabular-nums print:text-[22pt]">{f.value}</dd>
              <dd className="order-3 mt-0.5 text-xs text-muted">{f.detail}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-4 flex max-w-3xl items-start gap-2 text-sm text-muted">
          <Lock aria-hidden="true" className="mt-0.5 size-4 shrink-0" />
          <span>{CONFIDENTIALITY_NOTE}</span>
        </p>
      </section>

      <ReportSection id="by-format" title="Events by format" lead="Every event held or planned in the period, confidential ones included." csvHref={csv("formats")}>
        <ReportChart title="Events by format" unit="Events" bars={report.formats.map((f, i) => ({ label: String(formats.rows[i][0]), value: f.events }))} />
        <ReportTable table={formats} label="Events by format" empty="No events in this period." />
      </ReportSection>

      <ReportSection
        id="attendance"
        title="Invitations and attendance"
        lead="Acceptance is of the invitations sent; attendance is arrivals of those who accepted, for events already held. Walk-ins are counted apart."
        csvHref={csv("invitations")}
      >
        {report.totals.sent + report.totals.acceptedHeld + report.totals.walkIns > 0 ? (
          <ReportChart title="Invitations and attendance" unit="Guests" bars={attendanceBars(report.totals)} />
        ) : null}
        <ReportTable table={t("invitations")} label="Invitations and attendance" empty="No invitations in this period." />
      </ReportSection>

      <ReportSection id="organization-kinds" title="Organizations engaged, by kind" lead="Organizations with at least one guest who arrived at an on-record event." csvHref={csv("organization-kinds")}>
        <ReportChart title="Organizations engaged, by kind" unit="Organizations" bars={report.organizationKinds.map((k, i) => ({ label: String(kinds.rows[i][0]), value: k.organizations }))} />
        <ReportTable table={kinds} label="Organizations engaged, by kind" empty="No arrivals recorded from a known organization in this period." />
      </ReportSection>

      <ReportSection id="most-engaged" title="Most engaged organizations" lead="By the number of on-record events their people attended." csvHref={csv("top-organizations")} wide>
        <ReportTable table={t("top-organizations")} label="Most engaged organizations" numericFrom={2} empty="No arrivals recorded from a known organization in this period." />
      </ReportSection>

      <ReportSection id="speakers" title="Speakers by kind of organization" lead="Who spoke at on-record events, by the kind of organization they come from." csvHref={csv("speaker-kinds")}>
        <ReportChart title="Speakers by kind of organization" unit="Speaking appearances" bars={report.speakerKinds.map((s, i) => ({ label: String(speakers.rows[i][0]), value: s.appearances }))} />
        <ReportTable table={speakers} label="Speakers by kind of organization" empty="No speakers at on-record events in this period." />
      </ReportSection>

      <ReportSection
        id="never-came"
        title="Invited, never came"
        lead={
          never.rows.length > NEVER_CAME_SHOWN
            ? `Organizations invited to on-record events held in the period from which nobody arrived: the ${NEVER_CAME_SHOWN} invited most often of ${never.rows.length}${csvHref ? "; the CSV lists them all" : ""}.`
            : "Organizations invited to on-record events held in the period from which nobody arrived."
        }
        csvHref={csv("never-came")}
        wide
      >
        <ReportTable table={neverShown} label="Invited, never came" numericFrom={2} empty="Every organization invited in this period came at least once." />
      </ReportSection>
    </div>
  );
}
