"use client";

import { useActionState, useState } from "react";
import { Button, ErrorSummary, Field, Input, Textarea } from "@/components/ui";
import { ANSWER_TEXT_LIMITS } from "@/lib/invitations/schema";
import type { ActionState } from "@/lib/safe-action";

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  eventId: string;
  invitationId: string;
  asks: { plusOne: boolean; dietary: boolean; accessibility: boolean };
  current: { plusOneName: string | null; dietary: string | null; accessibility: string | null };
};

/** Staff record an answer given outside Convene, with how it reached them. */
export function RecordAnswerForm({ action, eventId, invitationId, asks, current }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  const [answer, setAnswer] = useState(failed?.values?.answer ?? "accept");
  const err = failed?.fieldErrors ?? {};
  const v = (k: string, fallback: string | null) => failed?.values?.[k] ?? fallback ?? "";
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <input type="hidden" name="eventId" value={eventId} />
      <input type="hidden" name="invitationId" value={invitationId} />
      {failed?.formError ? (
        <p role="alert" className="rounded-md border border-danger/40 bg-danger-tint p-3 text-danger">
          {failed.formError}
        </p>
      ) : null}
      <ErrorSummary errors={Object.entries(err).map(([k, m]) => ({ href: `#answer-${k}`, message: m }))} />
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-ink">The answer</legend>
        {(["accept", "decline"] as const).map((a) => (
          <label key={a} className="flex min-h-6 items-center gap-2">
            <input type="radio" name="answer" value={a} checked={answer === a} onChange={() => setAnswer(a)} className="size-[18px] accent-ink" />
            {a === "accept" ? "Attending" : "Not attending"}
          </label>
        ))}
      </fieldset>
      {answer === "accept" ? (
        <>
          {asks.plusOne ? (
            <Field label="Bringing (full name)" htmlFor="answer-plusOneName" optional error={err.plusOneName}>
              {(p) => <Input name="plusOneName" defaultValue={v("plusOneName", current.plusOneName)} maxLength={ANSWER_TEXT_LIMITS.plusOneName} {...p} />}
            </Field>
          ) : null}
          {asks.dietary ? (
            <Field label="Dietary needs" htmlFor="answer-dietary" optional error={err.dietary}>
              {(p) => <Input name="dietary" defaultValue={v("dietary", current.dietary)} maxLength={ANSWER_TEXT_LIMITS.dietary} {...p} />}
            </Field>
          ) : null}
          {asks.accessibility ? (
            <Field label="Accessibility needs" htmlFor="answer-accessibility" optional error={err.accessibility}>
              {(p) => <Input name="accessibility" defaultValue={v("accessibility", current.accessibility)} maxLength={ANSWER_TEXT_LIMITS.accessibility} {...p} />}
            </Field>
          ) : null}
        </>
      ) : (
        <Field label="Their message" htmlFor="answer-message" optional error={err.message}>
          {(p) => <Textarea name="message" rows={3} defaultValue={v("message", null)} maxLength={ANSWER_TEXT_LIMITS.message} {...p} />}
        </Field>
      )}
      <Field label="How did the answer reach you?" htmlFor="answer-reason" required hint="Kept in the event's history, e.g. “Phoned by the Ambassador's office, 12 May”." error={err.reason}>
        {(p) => <Input name="reason" defaultValue={v("reason", null)} maxLength={ANSWER_TEXT_LIMITS.reason} {...p} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record the answer"}
      </Button>
    </form>
  );
}
