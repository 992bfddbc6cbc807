"use client";

import { useActionState, useEffect, useEffectEvent } from "react";
import { toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A form posting to a server action: success toasts, a form-level refusal toasts urgently, field errors stay for the fields. */
export function useFormAction(action: FormAction, onSuccess?: () => void) {
  const [state, run, pending] = useActionState<ActionState, FormData>(action, null);
  // onSuccess is a fresh closure each render; a new state is what fires the effect.
  const succeeded = useEffectEvent(() => onSuccess?.());
  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      if (state.message) toast({ title: state.message, variant: "success" });
      succeeded();
    } else if (state.formError) toast({ title: state.formError, variant: "danger", urgent: true });
  }, [state]);
  return { failure: state && !state.ok ? state : null, run, pending };
}
