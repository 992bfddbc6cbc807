"use client";

import { useEffect, useRef } from "react";
import { Button, ErrorSummary } from "@/components/ui";
import type { ReferenceDataFormState } from "./use-reference-data-form";

/** A reference-data form's frame: the error summary, the record's id when editing, its fields, and the button that saves. */
export function ReferenceDataForm({
  form,
  recordId,
  addLabel,
  children,
}: {
  form: ReferenceDataFormState;
  /** The record being edited; none when adding. */
  recordId?: string;
  addLabel: string;
  children: React.ReactNode;
}) {
  // Focused after a refusal, so screen readers hear what to fix.
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (form.failure) summary.current?.focus();
  }, [form.failure]);
  return (
    <form id={form.formId} action={form.formAction} noValidate className="space-y-4">
      <ErrorSummary ref={summary} errors={form.errors} />
      {recordId ? <input type="hidden" name="id" value={recordId} /> : null}
      {children}
      <Button type="submit" variant="primary" disabled={form.pending}>
        {form.pending ? "Saving…" : recordId ? "Save changes" : addLabel}
      </Button>
    </form>
  );
}
