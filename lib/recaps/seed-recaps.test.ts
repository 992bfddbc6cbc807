import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { events, users } from "@/db/schema";
import { seed } from "@/db/seed/seed";
import { getPublicEvent } from "@/lib/events/queries";
import { useTestDatabase } from "@/lib/test/db";
import { findAttributionHits } from "./guard/attribution-guard";
import { publishRecap, submitRecap } from "./workflow-mutations";
import { saveRecapDraft } from "./mutations";
import type { RecapStaff } from "./recap-rows";
import { getRecapForEditor, loadGuardContext } from "./queries";
import { recapDraftSchema } from "./schema";

// The benchmarks, on the demo data: the 26 September Trygve Lie
// Symposium is published as the institute wrote it, and the 1 November
// WPS/POC roundtable can be published from Convene, while a name slipped
// into it is caught.

describe("the demo's benchmark recaps", () => {
  const t = useTestDatabase();

  async function staff(email: string): Promise<RecapStaff> {
    const [u] = await t.db.select().from(users).where(eq(users.email, email));
    return { id: u.id, label: u.name ?? u.email, role: u.role };
  }

  it("has the symposium published with its intro on the event's own date, speakers by role and links", async () => {
    await seed(t.db);
    const event = await getPublicEvent(t.db, "human-rights-and-the-2030-agenda");
    expect(event?.isPast).toBe(true);
    expect(event?.recap?.body).toMatch(/^On \d{1,2} [A-Z][a-z]+, IPI, together with the Norwegian Ministry of Foreign Affairs, cohosted the thirteenth annual Trygve Lie Symposium on “Human Rights and the 2030 Agenda\.”/);
    expect(event?.recap?.body).toContain("**Opening remarks and moderator:**\nH.E. Ms. Ine Eriksen Søreide, Minister of Foreign Affairs, Norway");
    expect(event?.recap?.links.map((l) => l.kind)).toEqual(["video", "publication"]);
  });

  it("publishes the roundtable's draft through review, and catches a name slipped into it", async () => {
    const [roundtable] = await t.db.select().from(events).where(eq(events.slug, "women-peace-and-security-and-the-protection-of-civilians"));
    const recap = await getRecapForEditor(t.db, roundtable.id);
    expect(recap?.status).toBe("draft");
    const context = await loadGuardContext(t.db, roundtable, recap!.uncoveredAgendaItemIds, { name: "International Peace Institute", shortName: "IPI" });
    expect(context.scope.chathamHouse).toBe(true);
    // The discussants speak in the sessions under the Rule (the seed ties them to those items): still protected.
    expect(context.people.filter((p) => p.part === "speaker").map((p) => p.familyName).sort()).toEqual(["Sherman", "Taylor"]);
    const programme = await getPublicEvent(t.db, roundtable.slug);
    expect(programme?.speakers.map((sp) => sp.agendaItemIds.map((id) => programme.agendaItems.find((i) => i.id === id)?.title).sort())).toEqual([
      ["Discussion: comparing the WPS and POC agendas", "Second session: research questions"],
      ["Discussion: comparing the WPS and POC agendas", "Second session: research questions"],
    ]);
    expect(findAttributionHits({ texts: [{ field: "body", text: recap!.body }], people: context.people, allowedNames: context.allowedNames })).toEqual([]);

    const editor = await staff("editor@convene.local");
    const admin = await staff("admin@convene.local");
    const slipped = recap!.body.replace("Discussants argued that intimate partner violence", "Teresa Whitfield argued that intimate partner violence");
    await saveRecapDraft(t.db, editor, recapDraftSchema.parse({ eventId: roundtable.id, body: slipped, revision: String(recap!.revision) }));
    await expect(submitRecap(t.db, editor, roundtable.id)).rejects.toThrow(/Found “Teresa Whitfield[^”]*” in the text/);
    await saveRecapDraft(t.db, editor, recapDraftSchema.parse({ eventId: roundtable.id, body: recap!.body, revision: String(recap!.revision + 1) }));
    await submitRecap(t.db, editor, roundtable.id);
    await publishRecap(t.db, admin, roundtable.id);
    const page = await getPublicEvent(t.db, roundtable.slug);
    expect(page?.recap?.status).toBe("published");
    // Published, and still nothing about its guests on the public page.
    expect(JSON.stringify(page)).not.toMatch(/Whitfield|Amiri|Erdberg|invitations/);
  });
});
