"use client";

import { useActionState, useEffect } from "react";
import { toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

export type Saved = { id: string };
export type ReferenceDataFormAction = (state: ActionState<Saved>, formData: FormData) => Promise<ActionState<Saved>>;

/**
 * What the venue, organization and program forms share: the action's state,
 * a toast on success (ReferenceDataForm focuses the error summary on a refusal), and the
 * submitted values kept after a refusal. `prefix` keeps field ids unique when
 * an add form and a list share a page.
 */
export function useReferenceDataForm<F extends string>({
  action,
  order,
  prefix,
  initial,
}: {
  action: ReferenceDataFormAction;
  order: readonly F[];
  prefix: string;
  initial?: Partial<Record<F, string | number | null>>;
}) {
  const [state, formAction, pending] = useActionState<ActionState<Saved>, FormData>(action, null);
  const failure = state && !state.ok ? state : null;

  useEffect(() => {
    if (!state) return;
    if (state.ok) toast({ title: state.message ?? "Saved", variant: "success" });
  }, [state]);

  const id = (f: F) => `${prefix}-${f}`;
  const value = (f: F) => failure?.values?.[f] ?? String(initial?.[f] ?? "");
  const error = (f: F) => failure?.fieldErrors?.[f];
  const errors = order.flatMap((f) => {
    const message = error(f);
    return message ? [{ href: `#${id(f)}`, message }] : [];
  });
  const formId = `${prefix}-form`;
  if (failure?.formError) errors.unshift({ href: `#${formId}`, message: failure.formError });
  // A refused id means the record vanished; say it at the top, not beside a hidden field.
  const idError = failure?.fieldErrors?.id;
  if (idError) errors.unshift({ href: `#${formId}`, message: idError });

  return { formAction, pending, formId, id, value, error, errors, failure };
}

/** What the form's frame (ReferenceDataForm) needs of the hook, whatever the fields. */
export type ReferenceDataFormState = Pick<ReturnType<typeof useReferenceDataForm>, "formId" | "formAction" | "errors" | "pending" | "failure">;
