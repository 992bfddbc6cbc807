"use client";

import { useActionState } from "react";
import { Button, Input, Select } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";

type Option = { id: string; name: string };

export const BULK_FORM_ID = "people-bulk";

/**
 * What to do with the people ticked in the table below (their boxes belong
 * to this form by its id): tag them, take a tag off, or add them to a static
 * list. Plain form posts, so it works before and without JavaScript.
 */
export function PeopleBulkForm({ action, tags, lists }: { action: (s: ActionState, f: FormData) => Promise<ActionState>; tags: Option[]; lists: Option[] }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const general = state && !state.ok ? (state.formError ?? errors.personIds ?? errors.op ?? errors.form) : null;
  const values = state && !state.ok ? (state.values ?? {}) : {};
  return (
    <form id={BULK_FORM_ID} action={formAction} className="space-y-3 rounded-md border border-line bg-surface p-4" aria-labelledby="bulk-heading">
      <h2 id="bulk-heading" className="text-sm font-semibold text-ink">
        With the people ticked below
      </h2>
      {general ? (
        <p role="alert" className="rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger">
          {general}
        </p>
      ) : null}
      {state?.ok && state.message ? (
        <p role="status" className="rounded-md border border-success/30 bg-success-tint px-3 py-2 text-sm text-ink">
          {state.message}
        </p>
      ) : null}
      <div className="grid gap-3 md:grid-cols-3">
        <Row id="bulk-tag" label="Add a tag" error={errors.tagName} button="Add tag" op="tag" pending={pending}>
          <Input id="bulk-tag" name="tagName" list="bulk-tag-names" defaultValue={values.tagName ?? ""} placeholder="Board, Donors, Press…" autoComplete="off" aria-invalid={errors.tagName ? true : undefined} aria-describedby={errors.tagName ? "bulk-tag-error" : undefined} />
          <datalist id="bulk-tag-names">
            {tags.map((t) => (
              <option key={t.id} value={t.name} />
            ))}
          </datalist>
        </Row>
        <Row id="bulk-untag" label="Remove a tag" error={errors.tagId} button="Remove tag" op="untag" pending={pending} disabled={tags.length === 0}>
          <Select id="bulk-untag" name="tagId" defaultValue={values.tagId ?? ""} aria-invalid={errors.tagId ? true : undefined} aria-describedby={errors.tagId ? "bulk-untag-error" : undefined}>
            <option value="">Choose a tag…</option>
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </Select>
        </Row>
        <Row id="bulk-list" label="Add to a list" error={errors.listId} button="Add to list" op="list" pending={pending} disabled={lists.length === 0}>
          <Select id="bulk-list" name="listId" defaultValue={values.listId ?? ""} aria-invalid={errors.listId ? true : undefined} aria-describedby={errors.listId ? "bulk-list-error" : undefined}>
            <option value="">{lists.length ? "Choose a list…" : "No static lists yet"}</option>
            {lists.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name}
              </option>
            ))}
          </Select>
        </Row>
      </div>
    </form>
  );
}

function Row({ id, label, error, button, op, pending, disabled, children }: { id: string; label: string; error?: string; button: string; op: string; pending: boolean; disabled?: boolean; children: React.ReactNode }) {
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      <div className="flex gap-2">
        <div className="min-w-0 flex-1">{children}</div>
        <Button type="submit" name="op" value={op} variant="secondary" disabled={pending || disabled}>
          {button}
        </Button>
      </div>
      {error ? (
        <p id={`${id}-error`} className="text-[13px] font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}
