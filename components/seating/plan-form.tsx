"use client";

import { useActionState, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

export type PlanAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * One change to the table plan: hidden fields (the event, the plan version
 * the person sees, what to change) and a button. Works without JavaScript;
 * a refusal ("Someone else changed the plan; here it is now") is said in
 * words beside the button.
 */
export function PlanForm({
  action,
  fields,
  label,
  ariaLabel,
  variant = "secondary",
  size = "sm",
  children,
  className,
  quiet = false,
}: {
  action: PlanAction;
  fields: Record<string, string | number>;
  label: ReactNode;
  ariaLabel?: string;
  variant?: ButtonProps["variant"];
  size?: ButtonProps["size"];
  children?: ReactNode;
  className?: string;
  /** Leave out the success message (small repeated buttons). */
  quiet?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const error = state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors ?? {})[0]) : null;
  return (
    <form action={formAction} className={className ?? "inline-flex flex-wrap items-center gap-2"}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={String(value)} />
      ))}
      {children}
      <Button type="submit" variant={variant} size={size} disabled={pending} aria-label={ariaLabel}>
        {label}
      </Button>
      {error ? (
        <p role="alert" className="basis-full text-sm text-danger">
          {error}
        </p>
      ) : null}
      {!quiet && state?.ok && state.message ? (
        <p role="status" className="basis-full text-sm text-success">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
