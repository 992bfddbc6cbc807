"use client";

import { useActionState, useEffect } from "react";
import { Button, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { retryFailedEmail } from "./actions";

export function RetryButton({ id, recipient }: { id: string; recipient: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(retryFailedEmail, null);
  useEffect(() => {
    if (state) toast(state.ok ? { title: state.message ?? "Queued", variant: "success" } : { title: state.formError ?? "Not queued", variant: "danger" });
  }, [state]);
  return (
    <form action={action}>
      <input type="hidden" name="id" value={id} />
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Send again to ${recipient}`}>
        Send again
      </Button>
    </form>
  );
}
