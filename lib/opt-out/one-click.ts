import type { Db } from "@/db/types";
import { refusalPage } from "@/lib/security/refusal-page";
import { ONE_CLICK_BODY } from "./headers";
import { countBadLink, countPersonPost } from "./limits";
import { optInPerson, optOutPerson } from "./mutations";
import { findPersonByOptInToken, findPersonByOptOutToken } from "./queries";

// What a POST to /opt-out/<token> (RFC 8058 one-click, from the mail provider
// or from our own page) and to /opt-in/<token> answers, apart from Next, so
// Vitest can drive it. No session, no cookie, no script: the link is the
// credential, and the answer is a status and a few words.

export type PostOutcome =
  | { status: 200; kind: "opted-out" | "opted-in"; changed: boolean; personId: string }
  | { status: 303; location: string; changed: boolean; personId: string }
  | { status: 400 | 404 | 429; kind: "bad-request" | "bad-link" | "too-many" };

/** The form fields the request carried, by name (urlencoded or multipart alike). */
export type PostFields = { get(name: string): unknown };

function minutes(ms: number) {
  const m = Math.max(1, Math.ceil(ms / 60_000));
  return m === 1 ? "a minute" : `${m} minutes`;
}

/**
 * RFC 8058: the body says `List-Unsubscribe=One-Click`. The page's own form
 * says so too, and adds `from=page` so the person is sent back to the page.
 */
export async function answerOptOutPost(db: Db, input: { token: string; fields: PostFields | null; clientAddress: string; now?: Date }): Promise<PostOutcome> {
  const [name, value] = ONE_CLICK_BODY.split("=");
  if (!input.fields || input.fields.get(name) !== value) return { status: 400, kind: "bad-request" };
  const person = await findPersonByOptOutToken(db, input.token);
  if (!person) {
    const bad = await countBadLink(db, input.clientAddress, input.now);
    return bad.allowed ? { status: 404, kind: "bad-link" } : { status: 429, kind: "too-many" };
  }
  if (!(await countPersonPost(db, "opt-out", person.id, input.now)).allowed) return { status: 429, kind: "too-many" };
  const fromPage = input.fields.get("from") === "page";
  const { changed } = await optOutPerson(db, person.id, fromPage ? "email_link" : "one_click", input.now);
  if (fromPage) return { status: 303, location: `/opt-out/${input.token}`, changed, personId: person.id };
  return { status: 200, kind: "opted-out", changed, personId: person.id };
}

/** A POST from the opt-in page's button: the link (one-time, from our email) lets the person back in. */
export async function answerOptInPost(db: Db, input: { token: string; clientAddress: string; now?: Date }): Promise<PostOutcome> {
  const person = await findPersonByOptInToken(db, input.token, input.now);
  if (!person) {
    const bad = await countBadLink(db, input.clientAddress, input.now);
    return bad.allowed ? { status: 404, kind: "bad-link" } : { status: 429, kind: "too-many" };
  }
  if (!(await countPersonPost(db, "opt-in", person.id, input.now)).allowed) return { status: 429, kind: "too-many" };
  const { changed } = await optInPerson(db, person.id, person.optedOutAt, input.now);
  return { status: 303, location: `/opt-in/done`, changed, personId: person.id };
}

/** The words of a refusal or a one-click answer, as a plain page (no script; a mail provider reads only the status). */
export function outcomePage(outcome: PostOutcome, instituteShortName: string, retryAfterMs = 3_600_000): string {
  if ("location" in outcome) return "";
  switch (outcome.kind) {
    case "opted-out":
      return refusalPage(`You will receive no more invitations from ${instituteShortName}`, "Emails about events you have already accepted (confirmations, changes, cancellations) still reach you.");
    case "opted-in":
      return refusalPage(`You will receive invitations from ${instituteShortName} again`, "Thank you.");
    case "bad-request":
      return refusalPage("This request could not be read", "Nothing was changed. Open the link from your email and use the button on that page.");
    case "bad-link":
      return refusalPage("This link does not work", "Nothing was changed. It may have been copied incompletely, or it has expired or been used. Open the link from your newest email.");
    case "too-many":
      return refusalPage("Too many requests", `Nothing was changed. Please try again in ${minutes(retryAfterMs)}.`);
    default:
      return outcome satisfies never;
  }
}
