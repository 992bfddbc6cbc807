import { Download } from "@/components/icons/lucide";
import { barChartSvg, type Bar } from "@/lib/reports/charts";
import type { ReportTableData } from "@/lib/reports/figures";
import { cn } from "@/components/ui";

/** A chart drawn on the server; its text alternative names every bar, and the table beside it gives the same numbers. */
export async function ReportChart({ bars, unit, title }: { bars: Bar[]; unit: string; title: string }) {
  if (bars.length === 0) return null;
  const svg = await barChartSvg(bars, { unit });
  const alt = `${title}, as a bar chart: ${bars.map((b) => `${b.label} ${b.value.toLocaleString("en-GB")}`).join("; ")}.`;
  return <figure role="img" aria-label={alt} className="min-w-0 [&_svg]:h-auto [&_svg]:w-full [&_svg]:max-w-md print:[&_svg]:max-w-[90mm]" dangerouslySetInnerHTML={{ __html: svg }} />;
}

/** A report table: a caption-less, numbers-right table whose first column names the row. */
export function ReportTable({ table, label, numericFrom = 1, empty }: { table: ReportTableData; label: string; numericFrom?: number; empty: string }) {
  if (table.rows.length === 0) return <p className="text-sm text-muted">{empty}</p>;
  return (
    <div role="region" aria-label={label} tabIndex={0} className="min-w-0 overflow-x-auto rounded-md border border-line bg-paper print:overflow-visible print:border-0">
      <table className="w-full border-collapse text-left text-sm text-ink tabular-nums print:text-[9pt]">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th
                key={c}
                scope="col"
                className={cn(
                  "border-b border-line bg-surface px-3 py-2 text-[11px] font-semibold uppercase tracking-[0.06em] text-muted print:bg-transparent print:px-1",
                  i >= numericFrom ? "text-right" : "text-left",
                )}
              >
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className="break-inside-avoid">
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="border-b border-line px-3 py-2 text-left font-medium print:px-1">
                    {cell}
                  </th>
                ) : (
                  <td key={i} className={cn("border-b border-line px-3 py-2 print:px-1", i >= numericFrom ? "text-right" : "text-left text-muted")}>
                    {typeof cell === "number" ? cell.toLocaleString("en-GB") : cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One section of the report: its heading and one line on what it counts, the CSV, then chart and table side by side on a wide screen. */
export function ReportSection({
  id,
  title,
  lead,
  csvHref,
  children,
  wide = false,
}: {
  id: string;
  title: string;
  lead: string;
  csvHref?: string;
  children: React.ReactNode;
  wide?: boolean;
}) {
  return (
    <section aria-labelledby={id} className="break-inside-avoid-page border-t border-line pt-6 print:pt-4">
      <div className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-baseline sm:justify-between">
        <div>
          <h2 id={id} className="font-serif text-xl font-semibold text-ink print:text-[13pt]">
            {title}
          </h2>
          <p className="mt-1 max-w-2xl text-sm text-muted">{lead}</p>
        </div>
        {csvHref ? (
          // A plain link: the router would fetch a route handler's file as a page.
          <a href={csvHref} download aria-label={`Download CSV: ${title}`} data-print="hide" className="inline-flex shrink-0 items-center gap-1.5 text-sm font-medium text-accent-ink underline-offset-4 hover:underline">
            <Download aria-hidden="true" className="size-4" />
            Download CSV
          </a>
        ) : null}
      </div>
      <div className={cn("grid gap-6", !wide && "lg:grid-cols-2 lg:items-start print:grid-cols-2")}>{children}</div>
    </section>
  );
}
