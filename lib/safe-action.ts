import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { getDb } from "@/db";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/audit/record";
import { hasRole, type StaffRole } from "@/lib/auth/roles";
import { getCurrentStaff, staffActor, type Staff } from "@/lib/auth/session";
import { requestClientAddress } from "@/lib/client-address";
import { noteDatabaseUnavailable } from "@/lib/database-health";
import { DATABASE_UNAVAILABLE_MESSAGE, describeUnavailable, isDatabaseUnavailable } from "@/db/unavailable";
import { watchingMail, type MailWatch } from "@/lib/email/mail-watch";
import { deliverSoon } from "@/lib/email/trigger";
import { DomainError } from "@/lib/errors";
import { brokenCharacterMessage, hasBrokenCharacter } from "@/lib/form-input";
import { findGuestByToken, type GuestPage } from "@/lib/invitations/queries";
import { publicPagesChanged } from "@/lib/public-cache/state";

export type ActionFailure = {
  ok: false;
  formError?: string;
  fieldErrors?: Record<string, string>;
  /** What was submitted, so a form re-renders with it after a refusal (also without JavaScript). */
  values?: Record<string, string>;
};
export type ActionSuccess<T> = { ok: true; message?: string; data?: T };
export type ActionState<T = undefined> = ActionSuccess<T> | ActionFailure | null;

export const UNEXPECTED = "Something went wrong and nothing was changed. Please try again.";

/**
 * A made-up request can pass anything, or nothing, where the form belongs:
 * every action taking a form checks it is one before reading it.
 */
export const UNREADABLE: ActionFailure = { ok: false, formError: "The form could not be read. Reload the page and try again." };
export const isForm = (v: unknown): v is FormData => v instanceof FormData;

export function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    if (typeof value === "string") values[key] = value;
  }
  return values;
}

/**
 * Fields whose text cannot be saved (a NUL byte, half a surrogate pair):
 * refused by name before any schema or query sees them, whatever the schema.
 */
export function brokenFields(values: Record<string, string>): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) if (hasBrokenCharacter(value) || hasBrokenCharacter(key)) out[hasBrokenCharacter(key) ? "form" : key] = brokenCharacterMessage("field");
  return Object.keys(out).length ? out : null;
}

export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "form";
    out[key] ??= issue.message;
  }
  return out;
}

export function failureFrom(e: unknown, values?: Record<string, string>): ActionFailure {
  // redirect() and notFound() are thrown on purpose: let Next handle them.
  unstable_rethrow(e);
  if (e instanceof DomainError) {
    return e.field ? { ok: false, fieldErrors: { [e.field]: e.message }, values } : { ok: false, formError: e.message, values };
  }
  if (isDatabaseUnavailable(e)) {
    // The transaction never committed (or never began): say so, and keep what the person typed.
    console.error(`An action could not run: ${describeUnavailable(e)}`);
    noteDatabaseUnavailable();
    return { ok: false, formError: DATABASE_UNAVAILABLE_MESSAGE, values };
  }
  console.error("Unexpected error in an action:", e);
  return { ok: false, formError: UNEXPECTED, values };
}

/** Whether `e` is Next's own control flow (redirect(), notFound()), thrown on purpose once the work is done. */
function isNextControlFlow(e: unknown): boolean {
  try {
    unstable_rethrow(e);
    return false;
  } catch {
    return true;
  }
}

/**
 * Runs an action's handler: a refusal or failure becomes words, never the
 * exception's message; email the handler queued starts on its way once the
 * change has committed (it returned, or redirected), so no action calls
 * deliverSoon() itself.
 */
async function runHandler<T>(values: Record<string, string>, work: () => Promise<ActionSuccess<T>>): Promise<ActionState<T>> {
  const watch: MailWatch = { queued: false };
  try {
    const done = await watchingMail(watch, work);
    if (watch.queued) deliverSoon();
    return done;
  } catch (e) {
    if (watch.queued && isNextControlFlow(e)) deliverSoon();
    return failureFrom(e, values);
  }
}

type Context = { staff: Staff; actor: Actor; db: Db };

/**
 * Any staff change may change what a public page shows (an event, its
 * speakers, a recap published or unpublished): once it has committed (the
 * handler returned, or redirected), the cached public pages are dropped here
 * and, within a second, on every other instance (lib/public-cache/state.ts).
 * Staff change things rarely; a public page rendered again costs little.
 */
async function changingPublicPages<T>(db: Db, work: () => Promise<T>): Promise<T> {
  let done: T;
  try {
    done = await work();
  } catch (e) {
    if (isNextControlFlow(e)) await publicPagesChanged(db);
    throw e;
  }
  await publicPagesChanged(db);
  return done;
}

/**
 * A server action for staff: checks the session and the role, parses the
 * form with the domain's zod schema, calls one mutation, and turns refusals
 * into words next to fields. Never shows an exception's message.
 */
export function staffAction<S extends z.ZodType, T = undefined>(
  role: StaffRole,
  schema: S,
  handler: (input: z.output<S>, ctx: Context) => Promise<ActionSuccess<T>>,
  /** Fields the handler reads and refuses in its own words (a CSV's text: "This is not a text file"). */
  opts: { ownText?: readonly string[] } = {},
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    if (!isForm(formData)) return UNREADABLE;
    const values = formValues(formData);
    let staff: Staff | null;
    try {
      staff = await getCurrentStaff();
    } catch (e) {
      // Reading the session needs the database too.
      return failureFrom(e, values);
    }
    if (!staff) return { ok: false, formError: "Your session has ended. Sign in again to continue." };
    if (!hasRole(staff.role, role)) return { ok: false, formError: "You do not have permission to do this." };
    const broken = brokenFields(Object.fromEntries(Object.entries(values).filter(([key]) => !opts.ownText?.includes(key))));
    if (broken) return { ok: false, fieldErrors: broken, values };
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    const db = getDb();
    return runHandler(values, () => changingPublicPages(db, () => handler(parsed.data, { staff, actor: staffActor(staff), db })));
  };
}

/** What a guest whose link no longer opens an invitation is told. */
export const LINK_GONE = "This link no longer works. Please use the newest email from the organizers, or contact them.";

export type GuestContext = { guest: GuestPage; token: string; db: Db };

/**
 * A server action from a guest's page, where the personal link (the form's
 * `token`) is the only credential: finds the invitation it opens, parses the
 * form, counts the attempt against `limit` (which throws a DomainError to
 * refuse), then calls the handler. Refusals read as in `staffAction`.
 * `schema` may depend on what was sent (an acceptance asks other questions
 * than a refusal).
 */
export function guestAction<S extends z.ZodType, T = undefined>(
  schema: S | ((values: Record<string, string>) => S),
  handler: (input: z.output<S>, ctx: GuestContext) => Promise<ActionSuccess<T>>,
  opts: { limit?: (input: z.output<S>, ctx: GuestContext) => Promise<void> } = {},
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    if (!isForm(formData)) return UNREADABLE;
    const values = formValues(formData);
    const token = values.token ?? "";
    const db = getDb();
    let guest: GuestPage | null;
    try {
      guest = await findGuestByToken(db, token);
    } catch (e) {
      return failureFrom(e, values);
    }
    if (!guest) return { ok: false, formError: LINK_GONE };
    const parsed = (typeof schema === "function" ? schema(values) : schema).safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    const ctx: GuestContext = { guest, token, db };
    return runHandler(values, async () => {
      await opts.limit?.(parsed.data, ctx);
      return handler(parsed.data, ctx);
    });
  };
}

export type PublicContext = { clientAddress: string; db: Db };

/**
 * A server action anyone may send (registration, asking for a sign-in link):
 * parses the form, reads the client's address (lib/client-address.ts) for
 * the rate limits, counts the attempt against `limit` (which throws a
 * DomainError to refuse), then calls the handler. `screen` answers before
 * anything is parsed (a field only robots fill in).
 */
export function publicAction<S extends z.ZodType, T = undefined>(
  schema: S,
  handler: (input: z.output<S>, ctx: PublicContext) => Promise<ActionSuccess<T>>,
  opts: {
    screen?: (values: Record<string, string>) => ActionState<T> | undefined;
    limit?: (input: z.output<S>, ctx: PublicContext) => Promise<void>;
  } = {},
) {
  return async (_previous: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    if (!isForm(formData)) return UNREADABLE;
    const values = formValues(formData);
    const screened = opts.screen?.(values);
    if (screened !== undefined) return screened;
    const parsed = schema.safeParse(values);
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error), values };
    return runHandler(values, async () => {
      const ctx: PublicContext = { clientAddress: await requestClientAddress(), db: getDb() };
      await opts.limit?.(parsed.data, ctx);
      return handler(parsed.data, ctx);
    });
  };
}
