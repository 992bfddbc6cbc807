"use client";

import { Plus } from "lucide-react";
import { startTransition, useActionState, useRef, useState } from "react";
import { Button, Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger, Field, Input, Options, Select, toast } from "@/components/ui";
import { ORGANIZATION_KINDS, organizationKindLabel } from "@/lib/reference-data/schema";
import { timeZoneLabel } from "@/lib/events/time-zones";
import type { ActionState } from "@/lib/safe-action";

type Saved = { id: string };
/** The server action of the record's own page (passed in by the page: components do not import routes). */
export type QuickCreateAction = (state: ActionState<Saved>, formData: FormData) => Promise<ActionState<Saved>>;
type Action = QuickCreateAction;

// Creating a venue, co-host or programme area without leaving the event form:
// a small dialog, the same server action as the full page, and the new
// record chosen on return.
function QuickCreate({ label, title, description, action, onCreated, children }: {
  label: string;
  title: string;
  description: string;
  action: Action;
  onCreated: (id: string, values: Record<string, string>) => void;
  children: (errors: Record<string, string>) => React.ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const submitted = useRef<Record<string, string>>({});
  const [state, run, pending] = useActionState<ActionState<Saved>, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result?.ok && result.data) {
      onCreated(result.data.id, submitted.current);
      toast({ title: result.message ?? "Added", variant: "success" });
      setOpen(false);
    }
    return result;
  }, null);
  const errors = state && !state.ok ? { ...(state.fieldErrors ?? {}), ...(state.formError ? { form: state.formError } : {}) } : {};
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" size="sm" variant="ghost">
          <Plus aria-hidden="true" className="size-4" /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent size="sm">
        <DialogHeader>
          <DialogTitle>{title}</DialogTitle>
          <DialogDescription>{description}</DialogDescription>
        </DialogHeader>
        {/* Not nested in the event form: a form inside a form is not allowed. */}
        <div
          className="space-y-4"
          onKeyDown={(e) => {
            if (e.key === "Enter" && e.target instanceof HTMLInputElement) e.preventDefault();
          }}
        >
          {children(errors)}
          {errors.form ? <p className="text-sm text-danger">{errors.form}</p> : null}
          <Button
            type="button"
            variant="primary"
            disabled={pending}
            onClick={(e) => {
              const data = new FormData();
              const scope = e.currentTarget.parentElement;
              scope?.querySelectorAll<HTMLInputElement | HTMLSelectElement>("input[name], select[name]").forEach((el) => data.set(el.name, el.value));
              submitted.current = Object.fromEntries([...data.entries()].map(([k, v]) => [k, String(v)]));
              startTransition(() => run(data));
            }}
          >
            {pending ? "Adding…" : "Add"}
          </Button>
        </div>
      </DialogContent>
    </Dialog>
  );
}

export function QuickCreateVenue({ action, timeZones, defaultZone, onCreated }: { action: Action; timeZones: string[]; defaultZone: string; onCreated: (v: { id: string; name: string; city: string; timeZone: string }) => void }) {
  return (
    <QuickCreate
      label="New venue"
      title="Add a venue"
      description="Name, city and time zone are enough; add the rest on the venues page."
      action={action}
      onCreated={(id, v) => onCreated({ id, name: v.name ?? "", city: v.city ?? "", timeZone: v.timeZone ?? defaultZone })}
    >
      {(e) => (
        <>
          <Field label="Name" htmlFor="qc-venue-name" error={e.name} required>
            {(c) => <Input {...c} name="name" />}
          </Field>
          <Field label="City" htmlFor="qc-venue-city" error={e.city} required>
            {(c) => <Input {...c} name="city" />}
          </Field>
          <Field label="Time zone" htmlFor="qc-venue-zone" error={e.timeZone} required>
            {(c) => (
              <Select {...c} name="timeZone" defaultValue={defaultZone}>
                <Options of={timeZones} label={timeZoneLabel} />
              </Select>
            )}
          </Field>
        </>
      )}
    </QuickCreate>
  );
}

export function QuickCreateOrganization({ action, onCreated }: { action: Action; onCreated: (o: { id: string; name: string }) => void }) {
  return (
    <QuickCreate
      label="New organization"
      title="Add an organization"
      description="A government, mission, UN body or institute that co-hosts."
      action={action}
      onCreated={(id, v) => onCreated({ id, name: v.name ?? "" })}
    >
      {(e) => (
        <>
          <Field label="Name" htmlFor="qc-org-name" error={e.name} required hint="As it should read: “Government of Sierra Leone”.">
            {(c) => <Input {...c} name="name" />}
          </Field>
          <Field label="Kind" htmlFor="qc-org-kind" error={e.kind} required>
            {(c) => (
              <Select {...c} name="kind" defaultValue="government">
                <Options of={ORGANIZATION_KINDS} label={organizationKindLabel} />
              </Select>
            )}
          </Field>
        </>
      )}
    </QuickCreate>
  );
}

export function QuickCreateProgram({ action, onCreated }: { action: Action; onCreated: (p: { id: string; name: string }) => void }) {
  return (
    <QuickCreate
      label="New area"
      title="Add a programme area"
      description="Such as Women, Peace and Security."
      action={action}
      onCreated={(id, v) => onCreated({ id, name: v.name ?? "" })}
    >
      {(e) => (
        <Field label="Name" htmlFor="qc-program-name" error={e.name} required>
          {(c) => <Input {...c} name="name" />}
        </Field>
      )}
    </QuickCreate>
  );
}
