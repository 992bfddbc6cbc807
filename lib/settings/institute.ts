import { z } from "zod";

/**
 * The house style of a recap's first draft. Placeholders: {date} ("26
 * September"), {name} and {shortName} (the institute's), {cohosts} ("the
 * Norwegian Ministry of Foreign Affairs and Cordaid"), {event} ("the
 * thirteenth annual Trygve Lie Symposium on “Human Rights and the 2030
 * Agenda”"; a full stop after it moves inside the quotation marks).
 */
export const recapPhrasingSchema = z.object({
  hosted: z.string().min(1),
  cohosted: z.string().min(1),
  discussionPlaceholder: z.string().min(1),
  chathamHouseNote: z.string().min(1),
  chathamHousePlaceholder: z.string().min(1),
  offRecordHeading: z.string().min(1),
  offRecordNote: z.string().min(1),
  offRecordPlaceholder: z.string().min(1),
});

export type RecapPhrasing = z.infer<typeof recapPhrasingSchema>;

export const DEFAULT_RECAP_PHRASING: RecapPhrasing = {
  hosted: "On {date}, {shortName} hosted {event}.",
  cohosted: "On {date}, {shortName}, together with {cohosts}, cohosted {event}.",
  discussionPlaceholder: "[Summarize the discussion: the main points made, the questions raised, and what comes next.]",
  chathamHouseNote: "The discussion was held under the Chatham House rule of non-attribution.",
  chathamHousePlaceholder:
    "[Summarize what was said without naming or describing any speaker or participant, or their organization or country: write “participants noted” or “one speaker argued”.]",
  offRecordHeading: "Internal summary: not for publication",
  offRecordNote: "This event was held off the record. Nothing said may be reported, quoted or attributed outside {shortName}.",
  offRecordPlaceholder: "[Key points, decisions and follow-up, for internal use.]",
};

// The institute Convene serves. Stored in the settings table so another
// institute changes words, not code.
export const instituteSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  postalAddress: z.string().min(1),
  website: z.url().optional(),
  eventsEmail: z.email(),
  // Optional so settings stored before it existed stay valid; missing words come from the defaults.
  recapPhrasing: recapPhrasingSchema.partial().optional(),
  // Set at /staff/settings (lib/settings/schema.ts); absent means the deployment's own default.
  /** The uploaded logo (an asset, served publicly at /assets/<id>). */
  logoAssetId: z.uuid().optional(),
  /** Emails come From "senderName <senderEmail>"; without them, EMAIL_FROM. */
  senderName: z.string().min(1).optional(),
  senderEmail: z.email().optional(),
  replyTo: z.email().optional(),
  /** Hours before the start a new event reminds accepted guests (events.reminder_hours_before). */
  reminderHoursBefore: z.number().int().min(0).max(720).optional(),
  /** Days a sent email keeps its content (lib/email/retention.ts); without it, CONVENE_EMAIL_RETENTION_DAYS. */
  emailRetentionDays: z.number().int().min(1).max(3650).optional(),
});

export type Institute = z.infer<typeof instituteSchema>;

/** The institute's recap phrasing with any missing template taken from the defaults. */
export function resolveRecapPhrasing(institute: Pick<Institute, "recapPhrasing">): RecapPhrasing {
  const stored = Object.fromEntries(Object.entries(institute.recapPhrasing ?? {}).filter(([, v]) => typeof v === "string" && v.trim()));
  return { ...DEFAULT_RECAP_PHRASING, ...stored };
}

export const DEFAULT_INSTITUTE: Institute = {
  name: "International Peace Institute",
  shortName: "IPI",
  postalAddress: "777 United Nations Plaza, New York, NY 10017-3521",
  eventsEmail: "events@convene.local",
};

export const DEFAULT_REMINDER_HOURS_BEFORE = 48;

/** Stored settings merged over the defaults; a malformed stored value falls back field by field. */
export function resolveInstitute(stored: unknown): Institute {
  const merged: Record<string, unknown> = { ...DEFAULT_INSTITUTE, ...(typeof stored === "object" && stored !== null ? stored : {}) };
  const parsed = instituteSchema.safeParse(merged);
  if (parsed.success) return parsed.data;
  // Keep every field that is valid on its own, so one bad word does not undo the rest.
  const shape = instituteSchema.shape;
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    if (shape[key].safeParse(merged[key]).success) kept[key] = merged[key];
    else if (key in DEFAULT_INSTITUTE) kept[key] = DEFAULT_INSTITUTE[key as keyof Institute];
  }
  const again = instituteSchema.safeParse(kept);
  return again.success ? again.data : DEFAULT_INSTITUTE;
}

/** "Name <address>" for a From header: the institute's sender when set, else the deployment's. */
export function senderOf(institute: Pick<Institute, "senderName" | "senderEmail">, fallback: string): string {
  if (!institute.senderEmail) return fallback;
  const name = (institute.senderName ?? "").replace(/[\r\n"<>]/g, "").trim();
  if (!name) return institute.senderEmail;
  // Words of plain letters go as they are ("IPI Events"); anything else (a comma, a full stop) in quotes.
  return /^[A-Za-z0-9 !#$%&'*+\-/=?^_`{|}~]+$/.test(name) ? `${name} <${institute.senderEmail}>` : `"${name.replace(/\\/g, "")}" <${institute.senderEmail}>`;
}

/** Splits "Convene <events@convene.local>" into its name and address. */
export function parseMailbox(value: string): { name: string; email: string } {
  const m = /^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/.exec(value);
  return m ? { name: m[1].trim(), email: m[2].trim() } : { name: "", email: value.trim() };
}
