import { z } from "zod";

// The institute Convene serves. Stored in the settings table so another
// institute changes words, not code.
export const instituteSchema = z.object({
  name: z.string().min(1),
  shortName: z.string().min(1),
  postalAddress: z.string().min(1),
  website: z.url().optional(),
  eventsEmail: z.email(),
});

export type Institute = z.infer<typeof instituteSchema>;

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
