"use client";

import { useActionState } from "react";
import { UserPlus } from "lucide-react";
import { Button, Field, Input } from "@/components/ui";
import { cn } from "@/components/ui/cn";
import type { Action } from "./use-door-marks";

/** Someone at the door who is not on the list: added and marked arrived in one step. */
export function WalkInForm({ eventId, action, kiosk = false }: { eventId: string; action: Action; kiosk?: boolean }) {
  const [walkInState, walkIn, addingWalkIn] = useActionState(action, null);
  return (
    <details className="rounded-md border border-line bg-paper p-4" open={walkInState?.ok === false || undefined}>
      <summary className={cn("flex min-h-11 cursor-pointer items-center gap-2 font-medium text-ink", kiosk && "text-lg")}>
        <UserPlus aria-hidden="true" className="size-5" />
        Add a walk-in
      </summary>
      <form action={walkIn} className="mt-4 grid gap-4 sm:grid-cols-2" noValidate>
        <input type="hidden" name="eventId" value={eventId} />
        {walkInState?.ok === false && walkInState.formError ? (
          <p role="alert" className="text-sm text-danger sm:col-span-2">
            {walkInState.formError}
          </p>
        ) : null}
        {walkInState?.ok ? (
          <p role="status" className="text-sm text-success sm:col-span-2">
            {walkInState.message}
          </p>
        ) : null}
        {(
          [
            ["givenName", "Given name", true],
            ["familyName", "Family name", true],
            ["honorific", "Honorific", false],
            ["affiliation", "Organization", false],
            ["positionTitle", "Title", false],
            ["email", "Email", false],
          ] as const
        ).map(([name, label, required]) => (
          <Field key={name} label={label} htmlFor={`walk-in-${name}`} required={required} optional={!required} error={walkInState?.ok === false ? walkInState.fieldErrors?.[name] : undefined}>
            {(p) => <Input name={name} type={name === "email" ? "email" : "text"} autoComplete="off" defaultValue={walkInState?.ok === false ? (walkInState.values?.[name] ?? "") : ""} {...p} />}
          </Field>
        ))}
        <div className="sm:col-span-2">
          <Button type="submit" disabled={addingWalkIn} className="h-12 px-5 text-base">
            {addingWalkIn ? "Adding…" : "Add and mark arrived"}
          </Button>
        </div>
      </form>
    </details>
  );
}
