"use client";

import { useRef } from "react";
import { Button, ErrorSummary, Field, Input, Options, Select } from "@/components/ui";
import { ORGANIZATION_KINDS, organizationKindLabel, type OrganizationField } from "@/lib/directory/schema";
import { useDirectoryForm, type DirectoryFormAction } from "./use-directory-form";

const ORDER: OrganizationField[] = ["name", "shortName", "kind", "website"];

export type OrganizationFormValues = Partial<Record<OrganizationField, string | null>>;

/** Adding (no `organizationId`) or editing a co-host, partner or affiliation. */
export function OrganizationForm({
  action,
  organizationId,
  organization,
}: {
  action: DirectoryFormAction;
  organizationId?: string;
  organization?: OrganizationFormValues;
}) {
  const summary = useRef<HTMLDivElement>(null);
  const f = useDirectoryForm({ action, order: ORDER, prefix: organizationId ? "organization" : "new-organization", initial: organization, summary });
  return (
    <form id={f.formId} action={f.formAction} noValidate className="space-y-4">
      <ErrorSummary ref={summary} errors={f.errors} />
      {organizationId ? <input type="hidden" name="id" value={organizationId} /> : null}
      <Field label="Name" htmlFor={f.id("name")} hint="In full, as a recap would name it." error={f.error("name")} required>
        {(c) => <Input {...c} name="name" autoComplete="off" defaultValue={f.value("name")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Short name" htmlFor={f.id("shortName")} hint="e.g. IPI, UNDP." error={f.error("shortName")} optional>
          {(c) => <Input {...c} name="shortName" autoComplete="off" defaultValue={f.value("shortName")} />}
        </Field>
        <Field label="Kind" htmlFor={f.id("kind")} error={f.error("kind")} required>
          {(c) => (
            <Select {...c} name="kind" defaultValue={f.value("kind") || "other"}>
              <Options of={ORGANIZATION_KINDS} label={organizationKindLabel} />
            </Select>
          )}
        </Field>
      </div>
      <Field label="Website" htmlFor={f.id("website")} hint="The full address, starting with https://" error={f.error("website")} optional>
        {(c) => <Input {...c} name="website" type="url" inputMode="url" autoComplete="off" spellCheck={false} defaultValue={f.value("website")} />}
      </Field>
      <Button type="submit" variant="primary" disabled={f.pending}>
        {f.pending ? "Saving…" : organizationId ? "Save changes" : "Add organization"}
      </Button>
    </form>
  );
}
