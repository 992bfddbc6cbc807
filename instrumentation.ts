// Delivers due emails on a timer in each server process, so a retry or a
// scheduled reminder goes out even when no request arrives.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("@/lib/env");
  if (env.CONVENE_EMAIL_TIMER === "0") return;
  const { startDeliveryTimer } = await import("@/lib/email/trigger");
  startDeliveryTimer();
}
