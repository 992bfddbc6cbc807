"use client";

import { useActionState } from "react";
import { MailCheck } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { ErrorSummary, Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { ActionState } from "@/lib/safe-action";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  slug: string;
};

const FIELDS = [
  { name: "honorific", label: "Honorific", hint: "Ms., Mr., Dr., H.E., Amb.", autoComplete: "honorific-prefix", optional: true },
  { name: "givenName", label: "Given name", autoComplete: "given-name" },
  { name: "familyName", label: "Family name", autoComplete: "family-name" },
  { name: "email", label: "Email", type: "email", autoComplete: "email", hint: "Your confirmation and personal link go here." },
  { name: "positionTitle", label: "Title", autoComplete: "organization-title", optional: true },
  { name: "affiliation", label: "Organization", autoComplete: "organization", optional: true },
] as const;

/** Registration for an open event: a plain form that works without JavaScript. */
export function RegistrationForm({ action, slug }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <div role="status" className="flex gap-3 rounded-md border border-success/30 bg-success-tint p-4 text-sm leading-relaxed text-ink">
        <MailCheck aria-hidden="true" className="mt-0.5 size-5 shrink-0 text-success" />
        <p>{state.message}</p>
      </div>
    );
  }
  const failed = state && !state.ok ? state : null;
  const errors = failed?.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="slug" value={slug} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="website">Leave this empty</label>
        <input id="website" name="website" tabIndex={-1} autoComplete="off" />
      </div>
      {failed?.formError ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger">
          {failed.formError}
        </p>
      ) : null}
      <ErrorSummary errors={FIELDS.filter((f) => errors[f.name]).map((f) => ({ href: `#${f.name}`, message: errors[f.name] }))} />
      {FIELDS.map((f) => (
        <Field key={f.name} label={f.label} htmlFor={f.name} hint={"hint" in f ? f.hint : undefined} error={errors[f.name]} optional={"optional" in f} required={!("optional" in f)}>
          {(p) => (
            <Input
              name={f.name}
              type={"type" in f ? f.type : "text"}
              autoComplete={f.autoComplete}
              defaultValue={failed?.values?.[f.name] ?? ""}
              maxLength={f.name === "email" ? 254 : 200}
              {...p}
            />
          )}
        </Field>
      ))}
      <button type="submit" disabled={pending} className={buttonVariants({ variant: "accent", size: "lg", className: "w-full" })}>
        {pending ? "Registering…" : "Register"}
      </button>
    </form>
  );
}
