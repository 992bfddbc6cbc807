import fc from "fast-check";
import { describe, it } from "vitest";
import { auditLog, organizations, programs, venues } from "@/db/schema";
import { doneOrUntouched, formOf, runs } from "@/lib/test/bad-input";
import { useTestDatabase } from "@/lib/test/db";
import { createOrganization, createProgram, createVenue } from "./mutations";
import { ORGANIZATION_KINDS, organizationSchema, programSchema, venueSchema } from "./schema";

const actor = { kind: "system" as const, label: "bad-input test" };
const tables = { venues, organizations, programs, auditLog };

const forms = {
  venue: formOf({
    name: fc.constantFrom("IPI MENA Office", "Trygve Lie Center"),
    address: fc.constantFrom("", "777 United Nations Plaza"),
    city: fc.constantFrom("Manama", "New York"),
    country: fc.constantFrom("", "Bahrain"),
    timeZone: fc.constantFrom("Asia/Bahrain", "America/New_York"),
    capacity: fc.constantFrom("", "120"),
  }),
  organization: formOf({
    name: fc.constantFrom("Permanent Mission of Norway", "Government of Canada"),
    shortName: fc.constantFrom("", "NOR"),
    kind: fc.constantFrom(...ORGANIZATION_KINDS),
    website: fc.constantFrom("", "https://example.org"),
  }),
  program: formOf({
    name: fc.constantFrom("Peace Operations", "Women, Peace and Security"),
    slug: fc.constantFrom("", "peace-operations-x"),
    description: fc.constantFrom("", "Research and convening."),
  }),
};

describe("reference data: bad input", () => {
  const t = useTestDatabase();

  for (const [kind, form] of Object.entries(forms)) {
    it(`the ${kind} form: any input is a field error, a saved row, or a refusal in words`, async () => {
      await fc.assert(
        fc.asyncProperty(form, async (values) => {
          await doneOrUntouched(t.db, tables, async () => {
            if (kind === "venue") {
              const parsed = venueSchema.safeParse(values);
              if (parsed.success) await createVenue(t.db, actor, parsed.data);
            } else if (kind === "organization") {
              const parsed = organizationSchema.safeParse(values);
              if (parsed.success) await createOrganization(t.db, actor, parsed.data);
            } else {
              const parsed = programSchema.safeParse(values);
              if (parsed.success) await createProgram(t.db, actor, parsed.data);
            }
          });
        }),
        runs(50),
      );
    });
  }
});
