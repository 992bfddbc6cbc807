"use client";

import { useActionState, useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { Button, ErrorSummary, Field, Input, Select, Textarea, toast } from "@/components/ui";
import { PRECEDENCE_CLASSES, precedenceClassLabel } from "@/lib/seating/precedence";
import type { ActionState } from "@/lib/safe-action";
import type { PersonField } from "@/lib/people/schema";

type Saved = { id: string };
export type PersonFormAction = (state: ActionState<Saved>, formData: FormData) => Promise<ActionState<Saved>>;
export type PersonFormValues = Partial<Record<PersonField, string | null>>;

const ORDER: PersonField[] = ["honorific", "givenName", "familyName", "positionTitle", "affiliation", "email", "precedenceClass", "credentialsDate", "notes"];
const fieldId = (field: string) => `person-${field}`;

/**
 * Adding (no `personId`) or editing a directory entry. After adding, it
 * goes to the new person's page; after editing, it stays and says so.
 */
export function PersonForm({ action, personId, person }: { action: PersonFormAction; personId?: string; person?: PersonFormValues }) {
  const [state, formAction, pending] = useActionState<ActionState<Saved>, FormData>(action, null);
  const router = useRouter();
  const summary = useRef<HTMLDivElement>(null);
  const failure = state && !state.ok ? state : null;

  useEffect(() => {
    if (!state) return;
    if (state.ok) {
      toast({ title: state.message ?? "Saved", variant: "success" });
      if (!personId && state.data) router.push(`/staff/people/${state.data.id}`);
    } else {
      summary.current?.focus();
    }
  }, [state, personId, router]);

  const value = (f: PersonField) => failure?.values?.[f] ?? person?.[f] ?? "";
  const error = (f: PersonField) => failure?.fieldErrors?.[f];
  const errors = ORDER.flatMap((f) => (error(f) ? [{ href: `#${fieldId(f)}`, message: error(f) }] : []));
  if (failure?.formError) errors.unshift({ href: "#person-form", message: failure.formError });

  return (
    <form id="person-form" action={formAction} noValidate className="space-y-5">
      <ErrorSummary ref={summary} errors={errors} />
      {personId ? <input type="hidden" name="id" value={personId} /> : null}
      <div className="grid gap-4 sm:grid-cols-[9rem_minmax(0,1fr)_minmax(0,1fr)]">
        <Field label="Honorific" htmlFor={fieldId("honorific")} hint="As printed: H.E. Ms., Dr., Amb." error={error("honorific")} optional>
          {(c) => <Input {...c} name="honorific" autoComplete="off" defaultValue={value("honorific")} />}
        </Field>
        <Field label="Given name" htmlFor={fieldId("givenName")} error={error("givenName")} required>
          {(c) => <Input {...c} name="givenName" autoComplete="off" defaultValue={value("givenName")} />}
        </Field>
        <Field label="Family name" htmlFor={fieldId("familyName")} hint="Lists are sorted by it." error={error("familyName")} required>
          {(c) => <Input {...c} name="familyName" autoComplete="off" defaultValue={value("familyName")} />}
        </Field>
      </div>
      <Field label="Title" htmlFor={fieldId("positionTitle")} hint="Their position, e.g. Minister of Foreign Affairs." error={error("positionTitle")} optional>
        {(c) => <Input {...c} name="positionTitle" autoComplete="off" defaultValue={value("positionTitle")} />}
      </Field>
      <Field label="Affiliation" htmlFor={fieldId("affiliation")} hint="Government, organisation or institution, e.g. Norway or International Peace Institute." error={error("affiliation")} optional>
        {(c) => <Input {...c} name="affiliation" autoComplete="off" defaultValue={value("affiliation")} />}
      </Field>
      <Field label="Email" htmlFor={fieldId("email")} hint="Where invitations go. One address belongs to one person; CSV imports match people by it." error={error("email")} optional>
        {(c) => <Input {...c} name="email" type="email" autoComplete="off" spellCheck={false} defaultValue={value("email")} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Precedence" htmlFor={fieldId("precedenceClass")} hint="Diplomatic rank, for seating and precedence order." error={error("precedenceClass")} optional>
          {(c) => (
            <Select {...c} name="precedenceClass" defaultValue={value("precedenceClass")}>
              <option value="">Not recorded</option>
              {PRECEDENCE_CLASSES.map((p) => (
                <option key={p} value={p}>
                  {precedenceClassLabel(p)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field label="Date of credentials" htmlFor={fieldId("credentialsDate")} hint="Heads of mission rank among themselves by it, earliest first." error={error("credentialsDate")} optional>
          {(c) => <Input {...c} name="credentialsDate" type="date" defaultValue={value("credentialsDate")} />}
        </Field>
      </div>
      <Field label="Notes" htmlFor={fieldId("notes")} hint="For staff only; never shown to guests." error={error("notes")} optional>
        {(c) => <Textarea {...c} name="notes" rows={4} defaultValue={value("notes")} />}
      </Field>
      <Button type="submit" variant="primary" disabled={pending}>
        {pending ? "Saving…" : personId ? "Save changes" : "Add person"}
      </Button>
    </form>
  );
}
