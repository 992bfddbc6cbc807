import { z } from "zod";
import { blankToNull, optionalText, requiredText, text } from "@/lib/form-input";
import { ORGANIZATION_KINDS } from "@/db/enum-values";
import { slugify, isValidSlug } from "@/lib/events/slug";
import { isValidTimeZone } from "@/lib/events/time";

// The venue, organization and program forms, checked the same way in the
// browser and in the action. Inputs arrive as strings; a blank string means
// "nothing known", stored as null. Kept free of drizzle so client forms can
// import it.

export const REFERENCE_DATA_LIMITS = {
  name: 200,
  shortName: 40,
  address: 300,
  city: 100,
  country: 100,
  website: 2000,
  description: 5000,
  maxCapacity: 100_000,
} as const;


const referenceId = (what: string) => z.uuid({ message: `That ${what} could not be found` });
export const isReferenceDataId = (id: string) => z.uuid().safeParse(id).success;

/* Venues */

const CAPACITY_MESSAGE = "Enter the number of seats as a whole number, e.g. 120, or leave it empty";

export const venueSchema = z.object({
  name: requiredText(REFERENCE_DATA_LIMITS.name, "venue name"),
  address: optionalText(REFERENCE_DATA_LIMITS.address, "address"),
  city: requiredText(REFERENCE_DATA_LIMITS.city, "city"),
  country: optionalText(REFERENCE_DATA_LIMITS.country, "country"),
  timeZone: z.preprocess(
    (v) => text(v ?? ""),
    z.string().refine(isValidTimeZone, "Choose the venue's time zone from the list, e.g. America/New_York"),
  ),
  capacity: z.preprocess(
    (v) => {
      const t = blankToNull(v);
      if (t === null || typeof t === "number") return t;
      // "1,200" and "1 200" are how people write seat counts.
      const digits = typeof t === "string" ? t.replace(/[,\s\u00a0\u202f]/g, "") : "";
      return /^\d+$/.test(digits) ? Number(digits) : Number.NaN;
    },
    z
      .number({ message: CAPACITY_MESSAGE })
      .int(CAPACITY_MESSAGE)
      .positive(CAPACITY_MESSAGE)
      .max(REFERENCE_DATA_LIMITS.maxCapacity, `Capacity must be under ${REFERENCE_DATA_LIMITS.maxCapacity.toLocaleString("en-GB")}`)
      .nullable(),
  ),
});
export type VenueInput = z.output<typeof venueSchema>;
export type VenueField = keyof VenueInput;
export const updateVenueSchema = venueSchema.extend({ id: referenceId("venue") });

/* Organizations */

export { ORGANIZATION_KINDS };
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  government: "Government", permanent_mission: "Permanent mission", un_body: "UN body", regional_organization: "Regional organization", ngo: "NGO",
  university: "University", institute: "Institute", foundation: "Foundation", private_sector: "Private sector", media: "Media", other: "Other",
};
export const organizationKindLabel = (kind: OrganizationKind): string => ORGANIZATION_KIND_LABELS[kind];

const WEBSITE_MESSAGE = "Enter the full web address, starting with https://, e.g. https://www.ipinst.org";

function isWebAddress(value: string): boolean {
  if (!/^https?:\/\//i.test(value)) return false;
  try {
    const url = new URL(value);
    // A host with a dot, and no user:password@ smuggled in front of it.
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".") && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const organizationSchema = z.object({
  name: requiredText(REFERENCE_DATA_LIMITS.name, "organization's name"),
  shortName: optionalText(REFERENCE_DATA_LIMITS.shortName, "short name"),
  kind: z.enum(ORGANIZATION_KINDS, { message: "Choose what kind of organization this is" }),
  website: z.preprocess(
    blankToNull,
    z.string().max(REFERENCE_DATA_LIMITS.website, "That web address is too long").refine(isWebAddress, WEBSITE_MESSAGE).nullable(),
  ),
});
export type OrganizationInput = z.output<typeof organizationSchema>;
export type OrganizationField = keyof OrganizationInput;
export const updateOrganizationSchema = organizationSchema.extend({ id: referenceId("organization") });

/* Programs */

const SLUG_MESSAGE = "Use lower-case letters, numbers and single hyphens, e.g. peace-and-security";

const programFields = z.object({
  name: requiredText(REFERENCE_DATA_LIMITS.name, "program's name"),
  slug: z.preprocess((v) => {
    const t = blankToNull(v);
    return typeof t === "string" ? t.toLowerCase() : t;
  }, z.string().nullable()),
  description: optionalText(REFERENCE_DATA_LIMITS.description, "description"),
});

// A blank slug is made from the name, so most people never need to think about it.
function withSlug<T extends { name: string; slug: string | null }>(value: T, ctx: z.RefinementCtx): T & { slug: string } {
  const slug = value.slug ?? slugify(value.name);
  if (!slug) {
    ctx.addIssue({ code: "custom", path: ["slug"], message: "This name has no letters to make a slug from; enter one, e.g. peace-and-security" });
    return z.NEVER;
  }
  if (!isValidSlug(slug)) {
    ctx.addIssue({ code: "custom", path: ["slug"], message: SLUG_MESSAGE });
    return z.NEVER;
  }
  return { ...value, slug };
}

export const programSchema = programFields.transform(withSlug);
export type ProgramInput = z.output<typeof programSchema>;
export type ProgramField = keyof ProgramInput;
export const updateProgramSchema = programFields.extend({ id: referenceId("program") }).transform(withSlug);
