"use client";

import { useActionState } from "react";
import { buttonVariants } from "@/components/ui/button";
import { ErrorSummary, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import type { ActionState } from "@/lib/safe-action";

export type AnswerQuestion = {
  name: "plusOneName" | "dietary" | "accessibility" | "message";
  label: string;
  hint?: string;
  multiline?: boolean;
  defaultValue?: string | null;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  token: string;
  answer: "accept" | "decline";
  questions: AnswerQuestion[];
  submitLabel: string;
  /** Where "Back" goes: the page without a choice made. */
  backHref: string;
};

/**
 * The one form a guest fills in after choosing. A plain POST that works
 * before (or without) JavaScript; with it, errors appear without a reload.
 */
export function AnswerForm({ action, token, answer, questions, submitLabel, backHref }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const value = (q: AnswerQuestion) => failed?.values?.[q.name] ?? q.defaultValue ?? "";
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="answer" value={answer} />
      {failed?.formError ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-4 text-sm text-danger">
          {failed.formError}
        </p>
      ) : null}
      <ErrorSummary errors={questions.filter((q) => errors[q.name]).map((q) => ({ href: `#${q.name}`, message: errors[q.name] }))} />
      {questions.map((q) => (
        <Field key={q.name} label={q.label} htmlFor={q.name} hint={q.hint} error={errors[q.name]} optional>
          {(p) =>
            q.multiline ? (
              <Textarea name={q.name} rows={3} defaultValue={value(q)} maxLength={1000} {...p} />
            ) : (
              <Input name={q.name} defaultValue={value(q)} maxLength={200} autoComplete="off" {...p} />
            )
          }
        </Field>
      ))}
      <div className="flex flex-col-reverse gap-3 pt-1 sm:flex-row sm:items-center">
        <a href={backHref} className={buttonVariants({ variant: "ghost", size: "lg" })}>
          Back
        </a>
        <button type="submit" disabled={pending} className={buttonVariants({ variant: answer === "accept" ? "accent" : "primary", size: "lg", className: "sm:flex-1" })}>
          {pending ? "Sending…" : submitLabel}
        </button>
      </div>
    </form>
  );
}
