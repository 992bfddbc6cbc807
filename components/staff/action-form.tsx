"use client";

import { useActionState, type ReactNode } from "react";
import { Button, type ButtonProps } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { ActionOutcome } from "./action-outcome";

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
  return (
    <form action={formAction} className="space-y-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <ActionOutcome state={state} boxed />
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
