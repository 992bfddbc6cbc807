import type { ActionState } from "@/lib/safe-action";

const BOXED = "rounded-md border border-danger/40 border-l-4 border-l-danger bg-danger-tint p-3 text-sm text-danger";

/** A refused action's words for a form that shows no field of its own: its form error, else its first field error. */
export function refusalOf(state: ActionState<unknown>): string | null {
  return state && !state.ok ? (state.formError ?? Object.values(state.fieldErrors ?? {})[0] ?? null) : null;
}

/**
 * What a server action said, beside its form: a refusal (`role="alert"`, boxed
 * when it heads a form) and a success message (`role="status"`). Forms whose
 * fields show their own errors pass only the form's `error` (or `null`).
 */
export function ActionOutcome({ state, error = refusalOf(state), boxed = false }: { state: ActionState<unknown>; error?: string | null; boxed?: boolean }) {
  return (
    <>
      {error ? (
        <p role="alert" className={boxed ? BOXED : "text-sm text-danger"}>
          {error}
        </p>
      ) : null}
      {state?.ok && state.message ? (
        <p role="status" className="text-sm text-success">
          {state.message}
        </p>
      ) : null}
    </>
  );
}
