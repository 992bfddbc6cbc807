import "server-only";
import { env } from "@/lib/env";
import { DEFAULT_REMINDER_HOURS_BEFORE, parseMailbox } from "@/lib/settings/institute";

/** What the page shows for a setting never saved: the deployment's own (EMAIL_FROM, CONVENE_EMAIL_RETENTION_DAYS). */
export function deploymentDefaults() {
  const from = parseMailbox(env.EMAIL_FROM);
  return { senderName: from.name || "Convene", senderEmail: from.email, emailRetentionDays: env.CONVENE_EMAIL_RETENTION_DAYS, reminderHoursBefore: DEFAULT_REMINDER_HOURS_BEFORE };
}
