import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { organizationKind } from "@/db/schema/enums";
import { ORGANIZATION_KINDS, organizationKindLabel, organizationSchema, programSchema, updateProgramSchema, updateVenueSchema, venueSchema } from "./schema";

/** The first message for each field, as the form would show it. */
function messages(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of result.success ? [] : result.error.issues) out[issue.path.join(".")] ??= issue.message;
  return out;
}

const venue = (over: Record<string, unknown> = {}) =>
  venueSchema.safeParse({ name: "Trygve Lie Center", address: "", city: "New York", country: "", timeZone: "America/New_York", capacity: "", ...over });
const organization = (over: Record<string, unknown> = {}) =>
  organizationSchema.safeParse({ name: "International Peace Institute", shortName: "", kind: "institute", website: "", ...over });

describe("the venue form", () => {
  it("trims, turns blanks into nothing and reads the capacity as a number", () => {
    expect(venue({ name: "  Trygve Lie Center ", address: " 777 UN Plaza ", country: "  ", capacity: " 1,200 " })).toEqual({
      success: true,
      data: { name: "Trygve Lie Center", address: "777 UN Plaza", city: "New York", country: null, timeZone: "America/New_York", capacity: 1200 },
    });
    expect(venue({ capacity: 80 }).data?.capacity).toBe(80);
  });

  it("needs a name, a city and a real time zone", () => {
    expect(messages(venue({ name: " ", city: "", timeZone: "" }))).toEqual({
      name: "Enter the venue name",
      city: "Enter the city",
      timeZone: "Choose the venue's time zone from the list, e.g. America/New_York",
    });
    expect(messages(venue({ timeZone: "Mars/Olympus_Mons" }))).toHaveProperty("timeZone");
    expect(messages(venue({ timeZone: "EST" }))).toHaveProperty("timeZone");
    expect(venue({ timeZone: "Europe/Vienna" }).success).toBe(true);
    expect(venue({ timeZone: "UTC" }).success).toBe(true);
  });

  it("takes capacity as a positive whole number of seats, or nothing", () => {
    const seats = "Enter the number of seats as a whole number, e.g. 120, or leave it empty";
    for (const bad of ["0", "-5", "12.5", "about 80", "1e3"]) expect(messages(venue({ capacity: bad })), bad).toEqual({ capacity: seats });
    expect(messages(venue({ capacity: "250000" }))).toEqual({ capacity: "Capacity must be under 100,000" });
    expect(venue({ capacity: "   " }).data?.capacity).toBeNull();
  });

  it("keeps long text within bounds and needs an id to edit", () => {
    expect(messages(venue({ address: "x".repeat(301) }))).toEqual({ address: "Keep the address under 300 characters" });
    expect(messages(updateVenueSchema.safeParse({ name: "A", city: "B", timeZone: "UTC", id: "42" }))).toEqual({ id: "That venue could not be found" });
  });
});

describe("the organization form", () => {
  it("trims, turns blanks into nothing and keeps the kind", () => {
    expect(organization({ shortName: " IPI ", website: " https://www.ipinst.org/ " }).data).toEqual({
      name: "International Peace Institute",
      shortName: "IPI",
      kind: "institute",
      website: "https://www.ipinst.org/",
    });
    expect(organization().data?.website).toBeNull();
  });

  it("needs a name and a kind from the list", () => {
    expect(messages(organization({ name: "", kind: "think_tank" }))).toEqual({
      name: "Enter the organization's name",
      kind: "Choose what kind of organization this is",
    });
  });

  it("takes only http and https web addresses", () => {
    const website = "Enter the full web address, starting with https://, e.g. https://www.ipinst.org";
    for (const bad of ["ipinst.org", "javascript:alert(1)", "ftp://ipinst.org", "https://localhost", "https://user:pw@ipinst.org", "https://"]) {
      expect(messages(organization({ website: bad })), bad).toEqual({ website });
    }
    expect(organization({ website: "http://www.un.org/en" }).success).toBe(true);
  });

  it("has a readable label for every kind the database knows", () => {
    expect([...ORGANIZATION_KINDS].sort()).toEqual([...organizationKind.enumValues].sort());
    expect(ORGANIZATION_KINDS.map(organizationKindLabel)).toEqual([
      "Government",
      "Permanent mission",
      "UN body",
      "Regional organization",
      "NGO",
      "University",
      "Institute",
      "Foundation",
      "Private sector",
      "Media",
      "Other",
    ]);
  });
});

describe("the program form", () => {
  it("makes the slug from the name when none is given", () => {
    expect(programSchema.parse({ name: " Peace & Security in Africa ", slug: "", description: "" })).toEqual({
      name: "Peace & Security in Africa",
      slug: "peace-security-in-africa",
      description: null,
    });
    expect(programSchema.parse({ name: "Middle East and North Africa", slug: " MENA " }).slug).toBe("mena");
  });

  it("refuses a missing name and a slug that cannot be an address, in words", () => {
    expect(messages(programSchema.safeParse({ name: "", slug: "x" }))).toEqual({ name: "Enter the program's name" });
    expect(messages(programSchema.safeParse({ name: "Peace", slug: "peace and security" }))).toEqual({
      slug: "Use lower-case letters, numbers and single hyphens, e.g. peace-and-security",
    });
    expect(messages(programSchema.safeParse({ name: "Peace", slug: "peace--security" }))).toHaveProperty("slug");
    expect(messages(programSchema.safeParse({ name: "السلام", slug: "" }))).toEqual({
      slug: "This name has no letters to make a slug from; enter one, e.g. peace-and-security",
    });
    expect(updateProgramSchema.parse({ id: "6f1c1f63-2a4a-4a5e-9d55-6f3a4f2b8c10", name: "Climate", slug: "" }).slug).toBe("climate");
  });
});
