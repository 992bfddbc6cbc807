"use client";

import { useActionState, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

/**
 * One decisive button (send, remove) posting hidden fields to a server
 * action; a refusal is said in words above it. Success usually redirects.
 */
export function ActionForm({
  action,
  fields,
  label,
  pendingLabel,
  variant = "primary",
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  variant?: ButtonProps["variant"];
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors ?? {})[0]) : null;
  return (
    <form action={formAction} className="space-y-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {error ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger">
          {error}
        </p>
      ) : null}
      {state?.ok && state.message ? (
        <p role="status" className="text-sm text-success">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
