import fc from "fast-check";
import { describe, it } from "vitest";
import { auditLog, recapLinks, recaps } from "@/db/schema";
import { doneOrUntouched, formOf, runs } from "@/lib/test/bad-input";
import { useTestDatabase } from "@/lib/test/db";
import { makePastEvent, makeStaff } from "./db-fixtures";
import { addRecapLink, saveRecapDraft } from "./mutations";
import { eq } from "drizzle-orm";
import { RECAP_LINK_KINDS, recapDraftSchema, recapLinkSchema } from "./schema";

const tables = { recaps, recapLinks, auditLog };

describe("recaps: bad input", () => {
  const t = useTestDatabase();

  it("an autosave or a link of any text is a field error, saved as typed, or a refusal in words", async () => {
    const staff = await makeStaff(t.db, "editor", "Jordan Reyes");
    const event = await makePastEvent(t.db);
    const draft = formOf({
      eventId: fc.constant(event.id),
      title: fc.constantFrom("", "Protecting civilians"),
      body: fc.constantFrom("Participants noted the gap between mandates and means.", ""),
      topics: fc.constantFrom("", "Peacekeeping, Protection of civilians"),
      // Filled in with the recap's current revision, so the text gets as far as the database.
      revision: fc.constant("current"),
    });
    const link = formOf({
      eventId: fc.constant(event.id),
      kind: fc.constantFrom(...RECAP_LINK_KINDS),
      title: fc.constantFrom("The full report"),
      url: fc.constantFrom("https://www.ipinst.org/report", "http://example.org/a", "https://example.org/\u0000", "https://example.org/\uD800"),
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(draft.map((v) => ["draft", v] as const), link.map((v) => ["link", v] as const)), async ([kind, values]) => {
        await doneOrUntouched(t.db, tables, async () => {
          if (kind === "draft") {
            const [current] = await t.db.select({ revision: recaps.revision }).from(recaps).where(eq(recaps.eventId, event.id));
            const parsed = recapDraftSchema.safeParse(values.revision === "current" ? { ...values, revision: String(current?.revision ?? 0) } : values);
            if (parsed.success) await saveRecapDraft(t.db, staff, parsed.data);
          } else {
            const parsed = recapLinkSchema.safeParse(values);
            if (parsed.success) await addRecapLink(t.db, staff, parsed.data);
          }
        });
      }),
      runs(60),
    );
  });
});
