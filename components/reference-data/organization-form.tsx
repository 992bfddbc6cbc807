"use client";

import { Field, Input, Options, Select } from "@/components/ui";
import { ORGANIZATION_KINDS, organizationKindLabel, type OrganizationField } from "@/lib/reference-data/schema";
import { ReferenceDataForm } from "./reference-data-form";
import { useReferenceDataForm, type ReferenceDataFormAction } from "./use-reference-data-form";

const ORDER: OrganizationField[] = ["name", "shortName", "kind", "website"];

export type OrganizationFormValues = Partial<Record<OrganizationField, string | null>>;

/** Adding (no `organizationId`) or editing a co-host, partner or affiliation. */
export function OrganizationForm({
  action,
  organizationId,
  organization,
}: {
  action: ReferenceDataFormAction;
  organizationId?: string;
  organization?: OrganizationFormValues;
}) {
  const f = useReferenceDataForm({ action, order: ORDER, prefix: organizationId ? "organization" : "new-organization", initial: organization });
  return (
    <ReferenceDataForm form={f} recordId={organizationId} addLabel="Add organization">
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
    </ReferenceDataForm>
  );
}
