import { Table, TBody, TD, TH, THead, TR } from "@/components/ui";

const number = new Intl.NumberFormat("en-GB");

export function Count({ value, label }: { value: number; label: string }) {
  return (
    <div className="rounded-md border border-line bg-paper p-4">
      <p className="text-3xl font-semibold tabular-nums text-ink">{number.format(value)}</p>
      <p className="text-sm text-muted">{label}</p>
    </div>
  );
}

export function Rejected({ errors }: { errors: { line: number; message: string }[] }) {
  return (
    <section aria-labelledby="import-problems" className="space-y-3">
      <div role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-4 text-sm text-danger">
        <h2 id="import-problems" className="font-semibold">
          Nothing was imported. {errors.length === 1 ? "One row needs" : `${number.format(errors.length)} rows need`} fixing first.
        </h2>
        <p className="mt-1">Correct these lines in the file (line 1 is the header) and import it again.</p>
      </div>
      <Table label="Rows to fix" stickyHeader wrapperClassName="max-h-[28rem]">
        <THead>
          <TR>
            <TH align="right">Line</TH>
            <TH>Problem</TH>
          </TR>
        </THead>
        <TBody>
          {errors.map((e, i) => (
            <TR key={`${e.line}-${i}`}>
              <TD align="right" className="w-16 font-medium">
                {e.line}
              </TD>
              <TD className="min-w-64">{e.message}</TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </section>
  );
}

