// Runs once in each server process before it serves anything.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");

  // Refuse to start rather than keep the secret in the database (lib/auth/secret.ts).
  const { refuseToStartWithoutSecret } = await import("@/lib/auth/secret");
  refuseToStartWithoutSecret(env);

  // The rate limits count by the client's address, which only the socket knows (lib/client-address.ts).
  const { installClientAddressStamp } = await import("@/lib/client-address-stamp");
  installClientAddressStamp();

  // In production no link, token or secret reaches a log line
  // (lib/log/redact.ts). `npm run dev` prints sign-in links on purpose.
  if (env.NODE_ENV === "production") {
    const { installRedaction, registerSecret } = await import("@/lib/log/redact");
    for (const value of [env.AUTH_SECRET, env.RESEND_API_KEY, env.RESEND_WEBHOOK_SECRET, env.DATABASE_URL]) registerSecret(value);
    installRedaction();
  }

  // What a graceful stop (SIGTERM, lib/server/entry.ts) waits for: the email
  // batch in hand beside the requests in flight, then the work they left for
  // after their answers, then the database pool.
  const { onStop } = await import("@/lib/server/stop-steps");
  const { startDeliveryTimer, stopDelivery } = await import("@/lib/email/trigger");
  const { settleAfterWork } = await import("@/lib/server/after-response");
  const { closeDatabase } = await import("@/db");
  onStop("drain", { name: "the email batch in hand", run: stopDelivery });
  onStop("close", { name: "work after responses", run: settleAfterWork });
  onStop("close", { name: "the database pool", run: closeDatabase });

  // Moves up a waitlist that should have moved (lib/invitations/stranded.ts).
  const { startWaitlistCheck, stopWaitlistCheck } = await import("@/lib/invitations/waitlist-check");
  onStop("drain", { name: "the waitlist check in hand", run: stopWaitlistCheck });
  if (env.CONVENE_WAITLIST_CHECK_SECONDS > 0) startWaitlistCheck(env.CONVENE_WAITLIST_CHECK_SECONDS * 1000);

  // Delivers due emails on a timer, so a retry or a scheduled reminder goes
  // out even when no request arrives; the email worker's loop does it where
  // one delivers instead (CONVENE_EMAIL_DELIVERY=worker).
  if (env.CONVENE_EMAIL_TIMER === "0" || env.CONVENE_EMAIL_DELIVERY === "worker") return;
  startDeliveryTimer();
}

// A page or action that failed because PostgreSQL was out of reach raises the
// alarm proxy.ts reads: until the database answers again, pages get a plain
// 503 page instead of each waiting for the same failure.
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { isDatabaseUnavailable } = await import("@/db/unavailable");
  if (!isDatabaseUnavailable(error)) return;
  const { noteDatabaseUnavailable } = await import("@/lib/database-health");
  noteDatabaseUnavailable();
}
