import "server-only";
import { and, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { Webhook, WebhookVerificationError } from "svix";
import { z } from "zod";
import { emailOutbox, invitations } from "@/db/schema";
import type { Db } from "@/db/types";
import { suppressAddress } from "./suppressions";

export type WebhookResult = { status: 200 | 400 | 401 | 503; message: string };

export type ResendWebhookRequest = {
  /** The raw request body: the signature covers these exact bytes. */
  body: string;
  headers: Headers | Record<string, string>;
  /** RESEND_WEBHOOK_SECRET (`whsec_…`). */
  secret: string | undefined;
};

const addresses = z.union([z.string(), z.array(z.string())]).transform((to) => (Array.isArray(to) ? to : [to]));

const event = z.object({
  type: z.string(),
  data: z
    .object({
      to: addresses.optional(),
      bounce: z.object({ type: z.string().optional() }).optional(),
    })
    .optional(),
});

/** Resend's report of a bounce or complaint: verified, then the address is never written to again. */
export async function handleResendWebhook(db: Db, request: ResendWebhookRequest): Promise<WebhookResult> {
  if (!request.secret) return { status: 503, message: "Webhooks are not configured: RESEND_WEBHOOK_SECRET is not set" };
  try {
    new Webhook(request.secret).verify(request.body, {
      "svix-id": header(request.headers, "svix-id"),
      "svix-timestamp": header(request.headers, "svix-timestamp"),
      "svix-signature": header(request.headers, "svix-signature"),
    });
  } catch (e) {
    if (e instanceof WebhookVerificationError) return { status: 401, message: "Invalid signature" };
    // svix 1.x parses the body once the signature is good: a SyntaxError here is a signed body that is not JSON.
    if (e instanceof SyntaxError) return { status: 400, message: "The body is not JSON" };
    // Anything else is a secret the library cannot use.
    return { status: 503, message: "Webhooks are misconfigured: RESEND_WEBHOOK_SECRET is not a valid signing secret" };
  }

  let json: unknown;
  try {
    json = JSON.parse(request.body);
  } catch {
    return { status: 400, message: "The body is not JSON" };
  }
  const parsed = event.safeParse(json);
  if (!parsed.success) return { status: 400, message: "The body is not a Resend event" };
  const { type, data } = parsed.data;

  const reason = suppressionReasonFor(type, data?.bounce?.type);
  if (!reason) return { status: 200, message: `Ignored ${type}` };
  const to = [...new Set((data?.to ?? []).map((a) => a.trim().toLowerCase()).filter((a) => a.length > 0))];
  if (to.length === 0) return { status: 400, message: `${type} names no recipient` };

  await db.transaction(async (tx) => {
    for (const address of to) await suppressAddress(tx, address, reason);
    if (reason === "bounced") await markInvitationsBounced(tx, to);
  });
  return { status: 200, message: `Suppressed ${to.length} address${to.length === 1 ? "" : "es"} (${reason})` };
}

function suppressionReasonFor(type: string, bounceType: string | undefined): "bounced" | "complained" | null {
  if (type === "email.complained") return "complained";
  // A soft bounce (a full mailbox, a server down) says nothing lasting about the address.
  if (type === "email.bounced") return !bounceType || bounceType.toLowerCase() === "permanent" ? "bounced" : null;
  return null;
}

/** Staff see the bounce on the guest list; the first bounce's time is kept when Resend redelivers the event. */
async function markInvitationsBounced(db: Db, to: string[]): Promise<void> {
  const emailedThere = db
    .select({ id: emailOutbox.invitationId })
    .from(emailOutbox)
    .where(and(inArray(sql`lower(${emailOutbox.toAddress})`, to), isNotNull(emailOutbox.invitationId)));
  await db
    .update(invitations)
    .set({ bouncedAt: sql`now()` })
    .where(and(inArray(invitations.id, emailedThere), isNull(invitations.bouncedAt)));
}

function header(headers: Headers | Record<string, string>, name: string): string {
  if (headers instanceof Headers) return headers.get(name) ?? "";
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
  return key ? headers[key] : "";
}
