"use client";

import { useEffect, useState } from "react";
import { Button, ConfirmDialog, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { signOutEveryone } from "./actions";

export function SignOutEveryoneButton() {
  const [state, setState] = useState<ActionState>(null);
  useEffect(() => {
    if (!state) return;
    if (state.ok) toast({ title: state.message ?? "Done", variant: "success" });
    else toast({ title: state.formError ?? Object.values(state.fieldErrors ?? {})[0] ?? "Nobody was signed out", variant: "danger", urgent: true });
  }, [state]);
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" variant="secondary" className="w-full">
          Sign everyone out
        </Button>
      }
      title="Sign everyone else out?"
      description="Every other staff member is signed out at once, on every device, and signs in again with a new link. You stay signed in here."
      confirmLabel="Sign everyone out"
      pendingLabel="Signing out…"
      action={async (formData) => setState(await signOutEveryone(null, formData))}
      fields={{ confirm: "sign-out-everyone" }}
    />
  );
}
