"use client";

import { useActionState } from "react";
import { ORGANIZATION_KINDS } from "@/lib/reference-data/schema";
import { Button, Field, Input, Select } from "@/components/ui";
import { organizationKindLabel } from "@/lib/reference-data/schema";
import { ActionOutcome } from "@/components/staff/action-outcome";
import type { ActionState } from "@/lib/safe-action";

export type ListFormValues = {
  listId?: string;
  name: string;
  description: string;
  kind: "static" | "smart";
  organizationKind: string;
  tagId: string;
  affiliationContains: string;
};

/**
 * A contact list's name and, for a smart list, its rule: every condition
 * filled in must hold. Creating asks static or smart; editing keeps the kind.
 */
export function ListForm({
  action,
  tags,
  initial,
  submitLabel,
  pendingLabel,
  kindFixed = false,
  conditions = true,
}: {
  action: (s: ActionState, f: FormData) => Promise<ActionState>;
  tags: { id: string; name: string }[];
  initial: ListFormValues;
  submitLabel: string;
  pendingLabel: string;
  kindFixed?: boolean;
  /** Whether to show the smart list's conditions (not when editing a static list). */
  conditions?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const v = { ...initial, ...(failed?.values ?? {}) } as ListFormValues;
  const e = failed?.fieldErrors ?? {};
    return (
    <form
      action={formAction}
      className="space-y-4"
      key={failed ? JSON.stringify(failed.values) : "form"}
    >
      {initial.listId ? (
        <input type="hidden" name="listId" value={initial.listId} />
      ) : null}
      <ActionOutcome state={state} error={failed?.formError ?? null} boxed />
      <Field label="Name" htmlFor="list-name" error={e.name} required>
        {(p) => (
          <Input {...p} name="name" defaultValue={v.name} maxLength={120} />
        )}
      </Field>
      <Field
        label="Description"
        htmlFor="list-description"
        error={e.description}
        optional
      >
        {(p) => (
          <Input
            {...p}
            name="description"
            defaultValue={v.description}
            maxLength={500}
          />
        )}
      </Field>
      {kindFixed ? (
        <input type="hidden" name="kind" value={v.kind} />
      ) : (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-ink">Kind of list</legend>
          <label className="flex items-start gap-2 text-sm text-ink">
            <input
              type="radio"
              name="kind"
              value="static"
              defaultChecked={v.kind === "static"}
              className="mt-0.5 size-4 accent-ink"
            />
            <span>
              Static{" "}
              <span className="block text-[13px] text-muted">
                You choose the people, on the People page or from a CSV.
              </span>
            </span>
          </label>
          <label className="flex items-start gap-2 text-sm text-ink">
            <input
              type="radio"
              name="kind"
              value="smart"
              defaultChecked={v.kind === "smart"}
              className="mt-0.5 size-4 accent-ink"
            />
            <span>
              Smart{" "}
              <span className="block text-[13px] text-muted">
                Whoever matches the conditions below, always up to date.
              </span>
            </span>
          </label>
          {e.kind ? (
            <p className="text-[13px] font-medium text-danger">{e.kind}</p>
          ) : null}
        </fieldset>
      )}
      {/* The rule fields stay in the page without JavaScript; a static list ignores them. */}
      {conditions ? (
        <fieldset className="space-y-3">
          <legend className="text-sm font-medium text-ink">
            Conditions for a smart list (all must hold)
          </legend>
          <Field
            label="Organization kind"
            htmlFor="list-organization-kind"
            error={e.organizationKind}
          >
            {(p) => (
              <Select
                {...p}
                name="organizationKind"
                defaultValue={v.organizationKind}
              >
                <option value="">Any</option>
                {ORGANIZATION_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {organizationKindLabel(k)}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field label="Tag" htmlFor="list-tag" error={e.tagId}>
            {(p) => (
              <Select {...p} name="tagId" defaultValue={v.tagId}>
                <option value="">Any</option>
                {tags.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.name}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field
            label="Affiliation contains"
            htmlFor="list-affiliation"
            error={e.affiliationContains}
            hint="For example “Mission” or “Norway”."
          >
            {(p) => (
              <Input
                {...p}
                name="affiliationContains"
                defaultValue={v.affiliationContains}
                maxLength={200}
              />
            )}
          </Field>
        </fieldset>
      ) : null}
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? pendingLabel : submitLabel}
      </Button>
    </form>
  );
}
