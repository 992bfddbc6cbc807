"use client";

import { useActionState, useEffect, useRef } from "react";
import { Button, ErrorSummary, Field, Input, Options, Select, toast } from "@/components/ui";
import { STAFF_ROLES, roleDescription, roleLabel } from "@/lib/auth/roles";
import type { ActionState } from "@/lib/safe-action";
import { addStaff } from "./actions";

export function AddStaffForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(addStaff, null);
  const form = useRef<HTMLFormElement>(null);
  const failure = state && !state.ok ? state : null;
  useEffect(() => {
    if (state?.ok) {
      toast({ title: state.message ?? "Added", variant: "success" });
      form.current?.reset();
    }
  }, [state]);
  const errors = Object.entries(failure?.fieldErrors ?? {}).map(([field, message]) => ({ href: `#staff-${field}`, message }));
  return (
    <form ref={form} action={action} noValidate className="space-y-4">
      {failure?.formError || errors.length > 1 ? (
        <ErrorSummary errors={failure?.formError ? [{ href: "#staff-email", message: failure.formError }, ...errors] : errors} />
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Name" htmlFor="staff-name" error={failure?.fieldErrors?.name} required>
          {(c) => <Input {...c} name="name" autoComplete="off" defaultValue={failure?.values?.name} />}
        </Field>
        <Field label="Work email" htmlFor="staff-email" error={failure?.fieldErrors?.email} required>
          {(c) => <Input {...c} name="email" type="email" autoComplete="off" defaultValue={failure?.values?.email} />}
        </Field>
      </div>
      <Field
        label="Role"
        htmlFor="staff-role"
        hint={STAFF_ROLES.map((role) => `${roleLabel(role)}: ${roleDescription(role).toLowerCase()}`).join(" ")}
        error={failure?.fieldErrors?.role}
        required
      >
        {(c) => (
          <Select {...c} name="role" defaultValue={failure?.values?.role ?? "editor"}>
            <Options of={STAFF_ROLES} label={roleLabel} />
          </Select>
        )}
      </Field>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Adding…" : "Add staff member"}
      </Button>
    </form>
  );
}
