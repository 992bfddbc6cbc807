import { z } from "zod";
import { blankToNull, brokenCharacterMessage, checkbox, hasBrokenCharacter, optionalText } from "@/lib/form-input";
import { VISIBILITIES } from "@/db/enum-values";
import { ATTRIBUTIONS } from "./attribution";
import { EVENT_FORMATS } from "./format";
import { isValidSlug } from "./slug";
import { isValidTimeZone } from "./time";

// The event form, checked the same way in the browser (react-hook-form) and
// on the server (the action). Inputs arrive as strings from the form.

const optionalId = z.preprocess(blankToNull, z.uuid("Choose from the list").nullable());
/** "2026-02-30T10:00" has the shape but is no time at all: it would be saved as 2 March. */
function isRealLocalDateTime(v: string): boolean {
  const [y, mo, d, h, mi] = v.split(/[-T:]/).map(Number);
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return y >= 1900 && y <= 2200 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && t.getUTCHours() === h && t.getUTCMinutes() === mi;
}

const localDateTime = (what: string) =>
  z
    .string({ message: `Enter the ${what}` })
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, `Enter the ${what} as a date and a time`)
    .refine(isRealLocalDateTime, `The ${what} is not a date that exists: check the day, month and time`);

/** A form's number, or NaN (a field error) for anything that is not text or a number: Number() of an object can throw. */
const asNumber = (v: unknown) => (typeof v === "string" || typeof v === "number" ? Number(v) : Number.NaN);

export const EVENT_STATUSES_EDITABLE = ["draft", "scheduled"] as const;
export { VISIBILITIES };

export const eventFormSchema = z
  .object({
    title: z
      .string()
      .trim()
      .min(3, "Give the event a title of at least 3 characters")
      .max(200, "Keep the title under 200 characters")
      .refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage("title")),
    slug: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .toLowerCase()
        .refine(isValidSlug, "Use lower-case letters, numbers and single hyphens, like human-rights-2030")
        .nullable(),
    ),
    subtitle: optionalText(200, "subtitle"),
    summary: optionalText(600, "summary"),
    description: optionalText(20_000, "description"),
    format: z.enum(EVENT_FORMATS, { message: "Choose a format" }),
    status: z.enum(EVENT_STATUSES_EDITABLE, { message: "Choose draft or scheduled" }),
    visibility: z.enum(VISIBILITIES, { message: "Choose who can see the event" }),
    attribution: z.enum(ATTRIBUTIONS, { message: "Choose the attribution rule" }),
    timeZone: z.string().refine(isValidTimeZone, "Choose a time zone such as America/New_York"),
    startsLocal: localDateTime("start"),
    endsLocal: localDateTime("end"),
    rsvpDeadlineLocal: z.preprocess(blankToNull, localDateTime("reply deadline").nullable()),
    venueId: optionalId,
    programId: optionalId,
    livestreamUrl: z.preprocess(
      blankToNull,
      z.url({ protocol: /^https?$/, message: "Enter a web address starting with https://" }).max(2000).nullable(),
    ),
    capacity: z.preprocess(
      (v) => (blankToNull(v) === null ? null : asNumber(v)),
      z.number({ message: "Enter a number of places" }).int("Enter a whole number of places").positive("Capacity must be at least 1").max(100_000, "That is more places than any venue has").nullable(),
    ),
    reminderHoursBefore: z.preprocess(
      (v) => (blankToNull(v) === null ? 48 : asNumber(v)),
      z.number({ message: "Enter a number of hours" }).int("Enter whole hours").min(0, "Hours cannot be negative").max(720, "At most 30 days (720 hours)"),
    ),
    contactEmail: z.preprocess(blankToNull, z.email("Enter an email address like events@example.org").nullable()),
    waitlistEnabled: checkbox,
    plusOnesAllowed: checkbox,
    askDietary: checkbox,
    askAccessibility: checkbox,
    announceSpeakers: checkbox,
    cohostIds: z.preprocess(
      (v) => (v == null || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
      z.array(z.uuid("Choose co-hosts from the list")).max(20, "At most 20 co-hosts"),
    ),
  })
  .superRefine((v, ctx) => {
    // Both times are wall-clock times in the same zone, so they compare as text.
    if (v.endsLocal <= v.startsLocal) ctx.addIssue({ code: "custom", path: ["endsLocal"], message: "The event must end after it starts" });
    if (v.rsvpDeadlineLocal && v.rsvpDeadlineLocal >= v.startsLocal) {
      ctx.addIssue({ code: "custom", path: ["rsvpDeadlineLocal"], message: "The reply deadline must be before the event starts" });
    }
    if (new Set(v.cohostIds).size !== v.cohostIds.length) ctx.addIssue({ code: "custom", path: ["cohostIds"], message: "Each co-host once" });
  });

export type EventFormInput = z.input<typeof eventFormSchema>;
export type EventFormValues = z.output<typeof eventFormSchema>;
