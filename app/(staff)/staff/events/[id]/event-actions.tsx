"use client";

import { useActionState, useEffect, useState } from "react";
import { Button, ConfirmDialog, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { cancel, duplicate, removeDraft } from "../actions";

function useToast(state: ActionState) {
  useEffect(() => {
    if (!state) return;
    toast(state.ok ? { title: state.message ?? "Done", variant: "success" } : { title: state.formError ?? "Not done", variant: "danger", urgent: true });
  }, [state]);
}

export function EventActions({
  eventId,
  title,
  status,
  guestsToTell,
}: {
  eventId: string;
  title: string;
  status: "draft" | "scheduled" | "cancelled";
  /** Guests with an open invitation, who are emailed a cancellation. */
  guestsToTell: number;
}) {
  const [dupState, dupAction, dupPending] = useActionState<ActionState, FormData>(duplicate, null);
  const [result, setResult] = useState<ActionState>(null);
  useToast(dupState);
  useToast(result);
  return (
    <div className="flex flex-wrap gap-2 sm:gap-4">
      <form action={dupAction}>
        <input type="hidden" name="eventId" value={eventId} />
        <Button type="submit" variant="secondary" size="sm" disabled={dupPending}>
          {dupPending ? "Duplicating…" : "Duplicate as draft"}
        </Button>
      </form>
      {status === "scheduled" ? (
        <ConfirmDialog
          trigger={
            <Button type="button" variant="danger-outline" size="sm">
              Cancel event
            </Button>
          }
          title={guestsToTell ? `Cancel “${title}” and email ${guestsToTell} ${guestsToTell === 1 ? "guest" : "guests"}?` : `Cancel “${title}”?`}
          description={`The event stays in Convene, marked cancelled, and its public page says so.${guestsToTell ? " Every guest with an open invitation is emailed, with a file that removes it from their calendar." : ""} This cannot be undone; duplicate it to plan it again.`}
          confirmLabel="Cancel the event"
          cancelLabel="Keep it"
          action={async (formData) => setResult(await cancel(null, formData))}
          fields={{ eventId }}
        />
      ) : null}
      {status === "draft" ? (
        <ConfirmDialog
          trigger={
            <Button type="button" variant="danger-outline" size="sm">
              Delete draft
            </Button>
          }
          title={`Delete the draft “${title}”?`}
          description="Its speakers and agenda go with it. This cannot be undone."
          confirmLabel="Delete draft"
          action={async (formData) => setResult(await removeDraft(null, formData))}
          fields={{ eventId }}
        />
      ) : null}
    </div>
  );
}
