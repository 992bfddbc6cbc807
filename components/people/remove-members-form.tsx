"use client";

import { useActionState } from "react";
import { Button } from "@/components/ui";
import { ActionOutcome } from "@/components/staff/action-outcome";
import type { ActionState } from "@/lib/safe-action";

export const REMOVE_FORM_ID = "list-remove";

/** Takes the people ticked in the table off a static list; the boxes belong to this form by its id. */
export function RemoveMembersForm({ action, listId }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; listId: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form id={REMOVE_FORM_ID} action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="listId" value={listId} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Removing…" : "Take ticked people off the list"}
      </Button>
      <ActionOutcome state={state} />
    </form>
  );
}
