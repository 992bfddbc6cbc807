"use client";

import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { Button, ConfirmDialog, toast } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

type MergeAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Asks once, in words, before folding a duplicate into the record on screen. */
export function MergeButton({
  action,
  keep,
  merge,
}: {
  action: MergeAction;
  keep: { id: string; name: string };
  merge: { id: string; name: string; email: string | null; speakingRoles: number; invitations: number };
}) {
  const [state, setState] = useState<ActionState>(null);
  const router = useRouter();
  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      toast({ title: state.message ?? "Merged", variant: "success" });
      // Drop the search from the address: the record it found is gone.
      router.replace(`/staff/people/${keep.id}`, { scroll: false });
    } else {
      toast({ title: state.formError ?? Object.values(state.fieldErrors ?? {})[0] ?? "Not merged", variant: "danger", urgent: true });
    }
  }, [state, keep.id, router]);

  const moving = `${count(merge.speakingRoles, "speaking role", "speaking roles")} and ${count(merge.invitations, "invitation", "invitations")}`;
  return (
    <ConfirmDialog
      trigger={
        <Button type="button" size="sm" variant="secondary" aria-label={`Merge ${merge.name}${merge.email ? ` (${merge.email})` : ""} into ${keep.name}`}>
          Merge into this record
        </Button>
      }
      title={`Merge ${merge.name} into ${keep.name}?`}
      description={`${merge.name}${merge.email ? ` (${merge.email})` : ""} has ${moving}; they move to ${keep.name}. Where both were invited to the same event or hold the same role, ${keep.name}’s stays. Details missing here are filled in from the other record, which is then deleted. This cannot be undone.`}
      confirmLabel="Merge records"
      pendingLabel="Merging…"
      action={async (formData) => setState(await action(null, formData))}
      fields={{ keepId: keep.id, mergeId: merge.id }}
    />
  );
}
