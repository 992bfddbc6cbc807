import { Button, Field, Select } from "@/components/ui";
import type { ReportPeriod } from "@/lib/reports/period";

/** Period and programme: a plain GET form, so it works before (and without) JavaScript. */
export function ReportFilters({
  periods,
  programs,
  period,
  program,
  errors,
}: {
  periods: ReportPeriod[];
  programs: { slug: string; name: string }[];
  period: string;
  program: string;
  errors: { period?: string; program?: string };
}) {
  return (
    <form method="get" action="/staff/reports" aria-label="Choose the period and programme" data-print="hide" className="mb-8 flex flex-col gap-3 sm:flex-row sm:items-end">
      <Field label="Period" htmlFor="report-period" error={errors.period} className="sm:w-56">
        {(p) => (
          <Select name="period" defaultValue={period} {...p}>
            {periods.map((o) => (
              <option key={o.key} value={o.key}>
                {o.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label="Programme" htmlFor="report-program" error={errors.program} className="sm:w-72">
        {(p) => (
          <Select name="program" defaultValue={program} {...p}>
            <option value="">Every programme</option>
            {programs.map((o) => (
              <option key={o.slug} value={o.slug}>
                {o.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Button type="submit" variant="secondary" className="sm:mb-[1px]">
        Show
      </Button>
    </form>
  );
}
