import { z } from "zod";
import { isValidTimeZone } from "@/lib/events/time";
import { blankToNull, requiredText, text } from "@/lib/form-input";
import { recapPhrasingSchema, type RecapPhrasing } from "./institute";

// The institute's settings page (/staff/settings): one schema for the form,
// the server action and the tests. Safe in client code. The logo is a file
// and is checked by its bytes on the server (lib/settings/mutations.ts).

/** A logo is small: the header shows it 40 pixels tall, an email 48. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export const RECAP_PHRASING_FIELDS = [
  "hosted",
  "cohosted",
  "discussionPlaceholder",
  "chathamHouseNote",
  "chathamHousePlaceholder",
  "offRecordHeading",
  "offRecordNote",
  "offRecordPlaceholder",
] as const satisfies readonly (keyof RecapPhrasing)[];

const emailAddress = (label: string) =>
  z.preprocess((v) => text(v ?? ""), z.string().min(1, `Enter the ${label}`).max(254, `Keep the ${label} under 254 characters`).pipe(z.email(`Enter the ${label} like events@example.org`)));

const wholeNumber = (label: string, min: number, max: number, unit: string) =>
  z.preprocess(
    (v) => {
      const t = blankToNull(v);
      if (t === null) return undefined;
      return typeof t === "string" && /^-?\d+$/.test(t) ? Number(t) : t;
    },
    z
      .number({ message: `Enter the ${label} as a whole number of ${unit}` })
      .int(`Enter the ${label} as a whole number of ${unit}`)
      .min(min, `The ${label} must be at least ${min} ${unit}`)
      .max(max, `The ${label} can be at most ${max} ${unit}`),
  );

const phrase = (label: string, max = 600) => requiredText(max, label);

export const instituteSettingsSchema = z.object({
  name: requiredText(200, "institute’s name"),
  shortName: requiredText(40, "short name"),
  postalAddress: requiredText(300, "postal address"),
  senderName: requiredText(100, "sender name").refine((s) => !/[<>"\r\n]/.test(s), "The sender name cannot contain < > or quotation marks"),
  senderEmail: emailAddress("sender address"),
  replyTo: z.preprocess(blankToNull, z.string().max(254, "Keep the reply-to address under 254 characters").pipe(z.email("Enter the reply-to address like events@example.org")).nullable()),
  timeZone: z.preprocess((v) => text(v ?? ""), z.string().refine(isValidTimeZone, "Choose a time zone from the list, such as America/New_York")),
  reminderHoursBefore: wholeNumber("reminder", 0, 720, "hours"),
  emailRetentionDays: wholeNumber("retention period", 1, 3650, "days"),
  removeLogo: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  hosted: phrase("sentence for an event the institute hosts"),
  cohosted: phrase("sentence for a cohosted event"),
  discussionPlaceholder: phrase("placeholder for the discussion"),
  chathamHouseNote: phrase("Chatham House note"),
  chathamHousePlaceholder: phrase("Chatham House placeholder"),
  offRecordHeading: phrase("off-the-record heading", 200),
  offRecordNote: phrase("off-the-record note"),
  offRecordPlaceholder: phrase("off-the-record placeholder"),
});

export type InstituteSettingsInput = z.output<typeof instituteSettingsSchema>;

/** The recap phrases of a settings form, as the institute stores them. */
export function phrasingOf(input: Pick<InstituteSettingsInput, (typeof RECAP_PHRASING_FIELDS)[number]>): RecapPhrasing {
  return recapPhrasingSchema.parse(Object.fromEntries(RECAP_PHRASING_FIELDS.map((k) => [k, input[k]])));
}
