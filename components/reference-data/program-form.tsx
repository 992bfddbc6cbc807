"use client";

import { Field, Input, Textarea } from "@/components/ui";
import type { ProgramField } from "@/lib/reference-data/schema";
import { ReferenceDataForm } from "./reference-data-form";
import { useReferenceDataForm, type ReferenceDataFormAction } from "./use-reference-data-form";

const ORDER: ProgramField[] = ["name", "slug", "description"];

export type ProgramFormValues = Partial<Record<ProgramField, string | null>>;

/** Adding (no `programId`) or editing one of the institute's programs. */
export function ProgramForm({ action, programId, program }: { action: ReferenceDataFormAction; programId?: string; program?: ProgramFormValues }) {
  const f = useReferenceDataForm({ action, order: ORDER, prefix: programId ? "program" : "new-program", initial: program });
  return (
    <ReferenceDataForm form={f} recordId={programId} addLabel="Add program">
      <Field label="Name" htmlFor={f.id("name")} hint="e.g. Peace and Security in Africa." error={f.error("name")} required>
        {(c) => <Input {...c} name="name" autoComplete="off" defaultValue={f.value("name")} />}
      </Field>
      <Field
        label="Slug"
        htmlFor={f.id("slug")}
        hint={programId ? "Its short address name. Changing it breaks links that use the old one." : "Leave empty to make one from the name."}
        error={f.error("slug")}
        optional={!programId}
      >
        {(c) => <Input {...c} name="slug" autoComplete="off" spellCheck={false} defaultValue={f.value("slug")} />}
      </Field>
      <Field label="Description" htmlFor={f.id("description")} hint="A sentence or two on what the program covers." error={f.error("description")} optional>
        {(c) => <Textarea {...c} name="description" rows={3} defaultValue={f.value("description")} />}
      </Field>
    </ReferenceDataForm>
  );
}
