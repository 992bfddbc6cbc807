import { z } from "zod";
import { joinNames } from "@/lib/events/cohost-sentence";

/**
 * What a guest's email says about the event, formatted once when the email
 * is queued (in the event's own zone), so delivery renders without a query.
 */
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
  speakers: z.array(z.object({ label: z.string(), names: z.array(z.string()) })),
  contactEmail: z.string(),
  pageUrl: z.string().nullable(),
});

export type EmailEvent = z.infer<typeof emailEventSchema>;

/** "IPI, together with A and B" / "IPI". */
export function hostsLine(institute: string, cohosts: readonly string[]): string {
  return cohosts.length ? `${institute}, together with ${joinNames(cohosts)}` : institute;
}
