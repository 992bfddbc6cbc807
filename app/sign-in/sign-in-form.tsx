"use client";

import { useActionState } from "react";
import { Button, ErrorSummary, Field, Input } from "@/components/ui";
import type { ActionState } from "@/lib/safe-action";
import { requestSignIn } from "./actions";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const [state, action, pending] = useActionState<ActionState, FormData>(requestSignIn, null);
  const failure = state && !state.ok ? state : null;
  const emailError = failure?.fieldErrors?.email;
  return (
    <form action={action} noValidate className="space-y-5">
      {failure?.formError ? <ErrorSummary title="We could not send a link" errors={[{ href: "#email", message: failure.formError }]} /> : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl ?? ""} />
      <Field label="Work email" htmlFor="email" hint="We will email you a link that signs you in." error={emailError} required>
        {(control) => (
          <Input
            {...control}
            name="email"
            type="email"
            autoComplete="email"
            inputMode="email"
            defaultValue={failure?.values?.email ?? ""}
            autoFocus
          />
        )}
      </Field>
      <Button type="submit" variant="primary" size="lg" className="w-full" disabled={pending}>
        {pending ? "Sending…" : "Email me a sign-in link"}
      </Button>
    </form>
  );
}
