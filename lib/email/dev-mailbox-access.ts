import { env } from "@/lib/env";

/**
 * Whether /dev/mailbox may be shown: only while emails actually land there
 * (no Resend key), in development by default, and in a production build only
 * when CONVENE_DEV_MAILBOX=1 (the end-to-end tests read their sign-in links there).
 */
export function devMailboxEnabled(): boolean {
  if (env.RESEND_API_KEY) return false;
  if (env.CONVENE_DEV_MAILBOX) return env.CONVENE_DEV_MAILBOX === "1";
  return env.NODE_ENV !== "production";
}
