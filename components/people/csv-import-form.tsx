"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import NextLink from "next/link";
import { Count, Rejected } from "@/components/people/import-report";
import { Button, ErrorSummary, Field, Input, Textarea, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

/** What an import answers: counts once imported, or every bad row with the pasted text to fix. */
export type ImportOutcome =
  | { result: "imported"; counts: Record<string, number> }
  | { result: "rejected"; errors: { line: number; message: string }[]; pasted: string | null };

const MAX_BYTES = 5 * 1024 * 1024;
export type ImportFormProps = {
  action: (state: ActionState<ImportOutcome>, formData: FormData) => Promise<ActionState<ImportOutcome>>;
  /** Hidden fields sent with the rows (the event, for a guest list). */
  fields?: Record<string, string>;
  submitLabel: string;
  /** The counts shown once imported, in order, by their key in the outcome. */
  countLabels: { key: string; label: string }[];
  done: { href: string; label: string };
};

/** A CSV file or pasted rows, all or nothing, with every bad row listed by line. */
export function ImportForm({ action: importAction, fields = {}, submitLabel, countLabels, done }: ImportFormProps) {
  const [state, action, pending] = useActionState<ActionState<ImportOutcome>, FormData>(importAction, null);
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
        {Object.entries(fields).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
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
          {pending ? "Checking and importing…" : submitLabel}
        </Button>
      </form>

      {outcome?.result === "rejected" ? <Rejected errors={outcome.errors} /> : null}
      {outcome?.result === "imported" ? (
        <section aria-labelledby="import-done" className="space-y-3">
          <h2 id="import-done" className="text-base font-semibold text-ink">
            Imported
          </h2>
          <div className="grid gap-3 sm:grid-cols-3">
            {countLabels.map((c) => (
              <Count key={c.key} value={outcome.counts[c.key] ?? 0} label={c.label} />
            ))}
          </div>
          <p className="text-sm">
            <NextLink href={done.href} className="text-ink underline underline-offset-4">
              {done.label}
            </NextLink>
          </p>
        </section>
      ) : null}
    </div>
  );
}
