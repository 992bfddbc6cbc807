"use client";

import { useActionState } from "react";
import { Button, Field, Input } from "@/components/ui";
import { ActionOutcome } from "@/components/staff/action-outcome";
import type { ActionState } from "@/lib/safe-action";

/** A person's tags as one field, separated by commas: what is typed is what they carry. */
export function PersonTagsForm({ action, personId, tags, known }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; personId: string; tags: string[]; known: string[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const value = failed?.values?.tags ?? tags.join(", ");
  return (
    <form action={formAction} className="space-y-3" key={value}>
      <input type="hidden" name="personId" value={personId} />
      <Field label="Tags" htmlFor="person-tags" hint="Separate tags with commas, for example: Board, Press." error={failed?.fieldErrors?.tags ?? failed?.formError}>
        {(p) => <Input {...p} name="tags" defaultValue={value} list="person-tag-names" autoComplete="off" />}
      </Field>
      <datalist id="person-tag-names">
        {known.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <ActionOutcome state={state} error={null} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save tags"}
      </Button>
    </form>
  );
}
