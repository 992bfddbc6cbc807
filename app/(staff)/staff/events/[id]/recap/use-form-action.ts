"use client";

import { useActionState, useEffect } from "react";
import { toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

export type FormAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** A form posting to a server action: success toasts, a form-level refusal toasts urgently, field errors stay for the fields. */
export function useFormAction(action: FormAction, onSuccess?: () => void) {
  const [state, run, pending] = useActionState<ActionState, FormData>(action, null);
  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      if (state.message) toast({ title: state.message, variant: "success" });
      onSuccess?.();
    } else if (state.formError) toast({ title: state.formError, variant: "danger", urgent: true });
    // onSuccess is a fresh closure each render; the state is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);
  return { failure: state && !state.ok ? state : null, run, pending };
}
