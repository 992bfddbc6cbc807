import { z } from "zod";
import type { EmailEvent } from "@/emails/email-event";
import { joinNames } from "@/lib/events/cohost-sentence";

/** The shape the templates take (emails/email-event.ts), checked again when a queued email's props come out of the outbox. */
export const emailEventSchema = z.object({
  title: z.string(),
  subtitle: z.string().nullable(),
  when: z.string(),
  day: z.string(),
  month: z.string(),
  weekday: z.string(),
  venue: z.string().nullable(),
  hosts: z.string(),
  attribution: z.string().nullable(),
  speakers: z.array(
    z.object({ label: z.string(), names: z.array(z.string()), people: z.array(z.object({ name: z.string(), credentials: z.string() })).optional() }),
  ),
  contactEmail: z.string(),
  pageUrl: z.string().nullable(),
}) satisfies z.ZodType<EmailEvent>;

/** "IPI, together with A and B" / "IPI". */
export function hostsLine(institute: string, cohosts: readonly string[]): string {
  return cohosts.length ? `${institute}, together with ${joinNames(cohosts)}` : institute;
}
