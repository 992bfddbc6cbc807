import { getDb } from "@/db";
import { env } from "@/lib/env";
import { handleResendWebhook } from "@/lib/email/webhook";

// Resend reports bounces and complaints here; the Svix signature proves it is Resend.
export async function POST(request: Request) {
  const body = await request.text();
  if (body.length > 1_000_000) return Response.json({ message: "Too large" }, { status: 413 });
  const result = await handleResendWebhook(getDb(), { body, headers: request.headers, secret: env.RESEND_WEBHOOK_SECRET });
  return Response.json({ message: result.message }, { status: result.status });
}
