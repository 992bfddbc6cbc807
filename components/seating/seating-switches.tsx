"use client";

import { useActionState } from "react";
import { Button, Checkbox } from "@/components/ui";
import { ActionOutcome } from "@/components/staff/action-outcome";
import type { ActionState } from "@/lib/safe-action";
import type { PlanAction } from "./plan-form";

/** Whether the event has a table plan, and whether guests are told their table. */
export function SeatingSwitches({ action, eventId, seatingEnabled, tell, isDinner, canEdit }: { action: PlanAction; eventId: string; seatingEnabled: boolean; tell: boolean; isDinner: boolean; canEdit: boolean }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3 rounded-md border border-line bg-paper p-4">
      <input type="hidden" name="eventId" value={eventId} />
      <Checkbox
        name="seatingEnabled"
        defaultChecked={seatingEnabled}
        disabled={!canEdit}
        label="This event has a table plan"
        description={isDinner ? "Dinners have one unless you turn it off." : "Turn on for a seated event that is not a dinner."}
      />
      <Checkbox
        name="tellGuestsTheirTable"
        defaultChecked={tell}
        disabled={!canEdit}
        label="Tell guests their table"
        description="“Your table: 5” on each seated guest’s page and in the reminder email."
      />
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" size="sm" variant="secondary" disabled={pending}>
            Save settings
          </Button>
          <ActionOutcome state={state} />
        </div>
      ) : null}
    </form>
  );
}
