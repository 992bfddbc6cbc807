import "server-only";
import { getDb } from "@/db";
import { clientAddressOf } from "@/lib/client-address";
import { DATABASE_UNAVAILABLE_MESSAGE, describeUnavailable, isDatabaseUnavailable } from "@/db/unavailable";
import { noteDatabaseUnavailable } from "@/lib/database-health";
import { env } from "@/lib/env";
import { refusalPage } from "@/lib/security/refusal-page";
import { getInstituteCached } from "@/lib/settings/queries";
import { outcomePage, type PostOutcome } from "./one-click";

// The HTTP side of the opt-out and opt-in POSTs (app/opt-out/[token]/post,
// app/opt-in/[token]/post): proxy.ts sends a POST to /opt-out/<token> and
// /opt-in/<token> here, so the link in the header, the footer and the page
// is one address.

const HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex, nofollow", "Referrer-Policy": "same-origin" };

/** The form fields of a POST, urlencoded or multipart; null when the body cannot be read as a form. */
export async function formFieldsOf(request: Request): Promise<FormData | null> {
  try {
    return await request.formData();
  } catch {
    return null;
  }
}

export function clientAddressOfRequest(request: Request): string {
  return clientAddressOf(request.headers, env.TRUSTED_PROXY_HOPS);
}

export async function respond(work: (db: ReturnType<typeof getDb>, clientAddress: string) => Promise<PostOutcome>, request: Request): Promise<Response> {
  const db = getDb();
  try {
    const outcome = await work(db, clientAddressOfRequest(request));
    if ("location" in outcome) return new Response(null, { status: 303, headers: { ...HEADERS, Location: outcome.location } });
    const institute = await getInstituteCached(db);
    return new Response(outcomePage(outcome, institute.shortName), { status: outcome.status, headers: HEADERS });
  } catch (e) {
    if (!isDatabaseUnavailable(e)) throw e;
    // Nothing was written: the provider (or the person) may try again.
    console.error(`An opt-out request could not be answered: ${describeUnavailable(e)}`);
    noteDatabaseUnavailable();
    return new Response(refusalPage("Please try again shortly", DATABASE_UNAVAILABLE_MESSAGE), { status: 503, headers: { ...HEADERS, "Retry-After": "30" } });
  }
}
