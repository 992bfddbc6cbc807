/**
 * What a guest's email says about the event, formatted once when the email is
 * queued (in the event's own zone), so delivery renders without a query.
 * lib/invitations/email-event.ts checks stored props against this shape.
 */
export type EmailEvent = {
  title: string;
  subtitle: string | null;
  when: string;
  day: string;
  month: string;
  weekday: string;
  venue: string | null;
  hosts: string;
  attribution: string | null;
  /**
   * Each role's speakers in protocol order. `people` splits each into name and
   * title/affiliation so a long programme reads as a list; emails queued
   * before it existed carry only `names`.
   */
  speakers: { label: string; names: string[]; people?: { name: string; credentials: string }[] }[];
  contactEmail: string;
  pageUrl: string | null;
};
