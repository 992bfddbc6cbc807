"use client";

import { useActionState } from "react";
import { Button, Checkbox, Field, Input, Select } from "@/components/ui";
import { ActionOutcome } from "@/components/staff/action-outcome";
import type { ActionState } from "@/lib/safe-action";
import type { PlanAction } from "./plan-form";

type Table = { id: string; label: string; shape: "round" | "long"; seats: number; isHead: boolean };

/** Add a table, or change one: name or number, shape, seats, head table. Errors beside their fields. */
export function TableForm({ action, eventId, version, table, idPrefix }: { action: PlanAction; eventId: string; version: number; table?: Table; idPrefix: string }) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, null);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const formError = state && !state.ok ? state.formError : null;
  const values = state && !state.ok ? state.values : undefined;
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <form action={formAction} className="grid gap-3 sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)] sm:items-start">
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="version" value={version} />
      {table ? <input type="hidden" name="tableId" value={table.id} /> : null}
      <Field label="Name or number" htmlFor={id("label")} error={errors.label} hint={table ? undefined : "“Head table”, “5”, “Hammarskjöld”"}>
        {(p) => <Input name="label" defaultValue={values?.label ?? table?.label ?? ""} maxLength={40} {...p} />}
      </Field>
      <Field label="Shape" htmlFor={id("shape")} error={errors.shape}>
        {(p) => (
          <Select name="shape" defaultValue={values?.shape ?? table?.shape ?? "round"} {...p}>
            <option value="round">Round</option>
            <option value="long">Long</option>
          </Select>
        )}
      </Field>
      <Field label="Seats" htmlFor={id("seats")} error={errors.seats}>
        {(p) => <Input name="seats" type="number" inputMode="numeric" min={1} max={60} defaultValue={values?.seats ?? table?.seats ?? 10} {...p} />}
      </Field>
      <div className="flex flex-wrap items-center gap-4 sm:col-span-3">
        <Checkbox name="isHead" label="Head table" defaultChecked={values ? values.isHead === "on" : (table?.isHead ?? false)} id={id("head")} />
        <Button type="submit" size="sm" variant={table ? "secondary" : "primary"} disabled={pending}>
          {table ? "Save table" : "Add table"}
        </Button>
        <ActionOutcome state={state} error={formError ?? null} />
      </div>
    </form>
  );
}
