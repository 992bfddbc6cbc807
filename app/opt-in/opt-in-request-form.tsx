"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { requestOptInLink } from "./actions";

export function OptInRequestForm() {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestOptInLink, null);
  const failure = state && !state.ok ? state : null;
  return (
    <form action={action} noValidate className="space-y-5">
      {failure?.formError ? <ErrorSummary title="We could not send a link" errors={[{ href: "#email", message: failure.formError }]} /> : null}
      <Field label="Your email address" htmlFor="email" hint="The address your invitations came to. We email a link there to confirm." error={failure?.fieldErrors?.email} required>
        {(control) => <Input {...control} name="email" type="email" autoComplete="email" inputMode="email" defaultValue={failure?.values?.email ?? ""} />}
      </Field>
      <Button type="submit" variant="primary" size="lg" className="w-full sm:w-auto" disabled={pending}>
        {pending ? "Sending…" : "Email me a link"}
      </Button>
    </form>
  );
}
