"use client";

import { useActionState, useEffect, useRef } from "react";
import type { ActionState } from "@/lib/safe-action";
import type { GuestFormClasses } from "./guest-form-classes";

export type GuestFormField = {
  name: string;
  label: string;
  hint?: string;
  optional?: boolean;
  type?: "text" | "email";
  autoComplete?: string;
  multiline?: boolean;
  maxLength: number;
  defaultValue?: string | null;
};

/** Fields most people never need, behind a question they open (a <details>, so it opens without JavaScript). */
export type GuestFormDisclosure = { summary: string; hint?: string; fields: GuestFormField[] };

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  fields: GuestFormField[];
  disclosure?: GuestFormDisclosure;
  submitLabel: string;
  pendingLabel: string;
  classes: GuestFormClasses;
  back?: { href: string; label: string };
  /** A field only robots fill in; a form with it filled is answered as if it worked. */
  honeypot?: string;
};

const ALERT = "rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-4 text-sm text-danger";

/**
 * A form for guests and visitors: a plain POST that works before (or
 * without) JavaScript, with errors next to their fields and in a summary, and
 * what was typed kept. It ships no UI library, only this file. Its controls
 * come in the page's source in the order they are shown, so Tab follows the
 * eye at every width.
 */
export function GuestForm({ action, hidden, fields, disclosure, submitLabel, pendingLabel, classes, back, honeypot }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const summary = useRef<HTMLDivElement>(null);
  const alert = useRef<HTMLParagraphElement>(null);
  // After a refused answer, focus goes to what went wrong, so it is read out
  // and the keyboard starts there (each link in the summary leads to its field).
  useEffect(() => {
    (summary.current ?? alert.current)?.focus();
  }, [state]);
  if (state?.ok) {
    return (
      <p role="status" className="rounded-md border border-success/30 bg-success-tint p-4 text-sm leading-relaxed text-ink">
        {state.message}
      </p>
    );
  }
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  const all = [...fields, ...(disclosure?.fields ?? [])];
  const wrong = all.filter((f) => errors[f.name]);
  // A disclosure stays open while it holds something typed or something to correct.
  const opened = Boolean(disclosure?.fields.some((f) => errors[f.name] || failed?.values?.[f.name]));

  const field = (f: GuestFormField) => <GuestFormInput key={f.name} f={f} error={errors[f.name]} sent={failed?.values?.[f.name]} classes={classes} />;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {honeypot ? (
        <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
          <label htmlFor={honeypot}>Leave this empty</label>
          <input id={honeypot} name={honeypot} tabIndex={-1} autoComplete="off" />
        </div>
      ) : null}
      {failed?.formError ? (
        <p role="alert" ref={alert} tabIndex={-1} className={ALERT}>
          {failed.formError}
        </p>
      ) : null}
      {wrong.length ? <ErrorSummary refTo={summary} wrong={wrong} errors={errors} /> : null}
      {fields.map(field)}
      {disclosure ? (
        <details open={opened || undefined} className={classes.disclosure}>
          <summary className={classes.summary}>{disclosure.summary}</summary>
          <div className="space-y-5 pb-1 pt-3">
            {disclosure.hint ? <p className="text-sm leading-relaxed text-muted">{disclosure.hint}</p> : null}
            {disclosure.fields.map(field)}
          </div>
        </details>
      ) : null}
      <div className="flex flex-col gap-3 pt-1 sm:flex-row sm:items-center">
        <button type="submit" disabled={pending} className={classes.submit}>
          {pending ? pendingLabel : submitLabel}
        </button>
        {back ? (
          <a href={back.href} className={classes.back}>
            {back.label}
          </a>
        ) : null}
      </div>
    </form>
  );
}

/** One field with its label, hint and error, starting with what was sent or what is known. */
function GuestFormInput({ f, error, sent, classes }: { f: GuestFormField; error?: string; sent?: string; classes: GuestFormClasses }) {
  const describedBy = [f.hint ? `${f.name}-hint` : null, error ? `${f.name}-error` : null].filter(Boolean).join(" ") || undefined;
  const control = {
    id: f.name,
    name: f.name,
    defaultValue: sent ?? f.defaultValue ?? "",
    maxLength: f.maxLength,
    required: !f.optional,
    "aria-describedby": describedBy,
    "aria-invalid": error ? true : undefined,
  };
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={f.name} className="text-sm font-medium leading-5 text-ink">
        {f.label}
        {f.optional ? <span className="ml-1.5 font-normal text-muted">(optional)</span> : null}
      </label>
      {f.multiline ? (
        <textarea rows={3} className={classes.textarea} {...control} />
      ) : (
        <input type={f.type ?? "text"} autoComplete={f.autoComplete ?? "off"} className={classes.input} {...control} />
      )}
      {f.hint ? (
        <p id={`${f.name}-hint`} className="text-[13px] leading-5 text-muted">
          {f.hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${f.name}-error`} className="text-[13px] font-medium leading-5 text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** What to correct, each item a link to its field. */
function ErrorSummary({ refTo, wrong, errors }: { refTo: React.RefObject<HTMLDivElement | null>; wrong: GuestFormField[]; errors: Record<string, string> }) {
  return (
    <div role="alert" ref={refTo} tabIndex={-1} className={ALERT}>
      <p className="font-semibold">Please correct the following</p>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {wrong.map((f) => (
          <li key={f.name}>
            <a
              href={`#${f.name}`}
              className="underline underline-offset-2"
              onClick={(e) => {
                const target = document.getElementById(f.name);
                if (!target) return;
                e.preventDefault();
                target.focus();
              }}
            >
              {errors[f.name]}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
