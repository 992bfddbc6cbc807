"use client";

import { useActionState, useEffect, useState } from "react";
import { Button, ConfirmDialog, Options, Select, toast } from "@/components/ui";
import { STAFF_ROLES, roleLabel, type StaffRole } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/safe-action";
import { changeRole, removeStaff } from "./actions";

function useResultToast(state: ActionState) {
  useEffect(() => {
    if (!state) return;
    if (state.ok) toast({ title: state.message ?? "Saved", variant: "success" });
    else toast({ title: state.formError ?? Object.values(state.fieldErrors ?? {})[0] ?? "Not saved", variant: "danger", urgent: true });
  }, [state]);
}

export function RoleForm({ userId, name, role }: { userId: string; name: string; role: StaffRole }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(changeRole, null);
  useResultToast(state);
  return (
    <form action={action} className="flex items-center gap-2">
      <input type="hidden" name="userId" value={userId} />
      <label htmlFor={`role-${userId}`} className="sr-only">
        Role for {name}
      </label>
      <Select id={`role-${userId}`} name="role" defaultValue={role} fieldSize="sm" wrapperClassName="w-28 shrink-0">
        <Options of={STAFF_ROLES} label={roleLabel} />
      </Select>
      <Button type="submit" size="sm" variant="secondary" disabled={pending} aria-label={`Save role for ${name}`}>
        Save
      </Button>
    </form>
  );
}

export function RemoveStaffButton({ userId, name, isSelf }: { userId: string; name: string; isSelf: boolean }) {
  const [removeState, setRemoveState] = useState<ActionState>(null);
  useResultToast(removeState);
  return (
    <div className="flex justify-end">
      <ConfirmDialog
        trigger={
          <Button type="button" size="sm" variant="ghost" aria-label={`Remove ${name}`}>
            Remove
          </Button>
        }
        title={isSelf ? "Remove yourself from the staff list?" : `Remove ${name} from the staff list?`}
        description={isSelf ? "You will be signed out and cannot sign in again unless an admin adds you." : `${name} will be signed out and can no longer sign in. What they did stays in the history.`}
        confirmLabel="Remove"
        action={async (formData) => setRemoveState(await removeStaff(null, formData))}
        fields={{ userId }}
      />
    </div>
  );
}
