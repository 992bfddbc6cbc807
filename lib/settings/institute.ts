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

/** Stored settings merged over the defaults; a malformed stored value falls back field by field. */
export function resolveInstitute(stored: unknown): Institute {
  const merged = { ...DEFAULT_INSTITUTE, ...(typeof stored === "object" && stored !== null ? stored : {}) };
  const parsed = instituteSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_INSTITUTE;
}
