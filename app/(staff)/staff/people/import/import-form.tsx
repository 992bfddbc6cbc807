"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import NextLink from "next/link";
import { Button, ErrorSummary, Field, Input, Table, TBody, TD, TH, THead, TR, Textarea, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { importPeopleCsv, type ImportOutcome } from "./actions";

const MAX_BYTES = 5 * 1024 * 1024;
const number = new Intl.NumberFormat("en-GB");

function Count({ value, label }: { value: number; label: string }) {
  return (
    <div className="rounded-md border border-line bg-paper p-4">
      <p className="text-3xl font-semibold tabular-nums text-ink">{number.format(value)}</p>
      <p className="text-sm text-muted">{label}</p>
    </div>
  );
}

function Rejected({ errors }: { errors: { line: number; message: string }[] }) {
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

export function ImportForm() {
  const [state, action, pending] = useActionState<ActionState<ImportOutcome>, FormData>(importPeopleCsv, null);
  const [tooBig, setTooBig] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const failure = state && !state.ok ? state : null;
  const outcome = state?.ok ? state.data : undefined;

  useEffect(() => {
    if (state?.ok && state.data?.result === "imported") toast({ title: state.message ?? "Imported", variant: "success" });
    if (failure) summary.current?.focus();
  }, [state, failure]);

  const textError = failure?.fieldErrors?.text;
  const errors = [
    ...(failure?.formError ? [{ href: "#import-file", message: failure.formError }] : []),
    ...(textError ? [{ href: "#import-file", message: textError }] : []),
  ];
  const pasted = outcome?.result === "rejected" ? (outcome.pasted ?? "") : (failure?.values?.text ?? "");

  return (
    <div className="space-y-6">
      <form action={action} noValidate className="space-y-5">
        <ErrorSummary ref={summary} errors={errors} />
        <Field
          label="CSV file"
          htmlFor="import-file"
          hint="Up to 5 MB, saved as CSV (UTF-8 is best). A chosen file is used instead of anything pasted below."
          error={tooBig ?? textError}
        >
          {(c) => (
            <Input
              {...c}
              name="file"
              type="file"
              accept=".csv,text/csv,text/plain"
              className="h-auto py-1.5"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                setTooBig(file && file.size > MAX_BYTES ? `${file.name} is larger than 5 MB. Split it into smaller files.` : null);
              }}
            />
          )}
        </Field>
        <Field label="Or paste the rows" htmlFor="import-text" hint="Include the header row. Copying cells straight from a spreadsheet works." optional>
          {(c) => <Textarea {...c} name="text" rows={8} spellCheck={false} className="font-mono text-[13px]" defaultValue={pasted} />}
        </Field>
        <Button type="submit" variant="primary" disabled={pending || tooBig !== null}>
          {pending ? "Checking and importing…" : "Import people"}
        </Button>
      </form>

      {outcome?.result === "rejected" ? <Rejected errors={outcome.errors} /> : null}
      {outcome?.result === "imported" ? (
        <section aria-labelledby="import-done" className="space-y-3">
          <h2 id="import-done" className="text-base font-semibold text-ink">
            Imported
          </h2>
          <div className="grid gap-3 sm:grid-cols-3">
            <Count value={outcome.created} label="added to the directory" />
            <Count value={outcome.updated} label="updated (matched by email)" />
            <Count value={outcome.unchanged} label="already up to date" />
          </div>
          <p className="text-sm">
            <NextLink href="/staff/people" className="text-ink underline underline-offset-4">
              See the directory
            </NextLink>
          </p>
        </section>
      ) : null}
    </div>
  );
}
