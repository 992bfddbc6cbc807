import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { agendaItems, auditLog } from "@/db/schema";
import { DEFAULT_RECAP_PHRASING } from "@/lib/settings/institute";
import { useTestDatabase } from "@/lib/test/db";
import { addCohostTo, addGuestTo, addSpeakerTo, makePastEvent, makeStaff, pngOf } from "./db-fixtures";
import { addRecapLink, saveRecapDraft } from "./mutations";
import { addRecapPhoto } from "./photo-mutations";
import { publishRecap, submitRecap, unpublishRecap, withdrawRecap } from "./workflow-mutations";
import { getRecapForEditor } from "./queries";
import { recapDraftSchema, recapLinkSchema } from "./schema";

const CLEAN = "On 1 November, IPI, together with the Government of Canada, cohosted a roundtable. The discussion was held under the Chatham House rule of non-attribution.\n\nParticipants agreed that women are agents of protection.";

async function write(t: { db: Parameters<typeof saveRecapDraft>[0] }, staff: Parameters<typeof saveRecapDraft>[1], eventId: string, body: string) {
  const revision = (await getRecapForEditor(t.db, eventId))?.revision ?? 0;
  return saveRecapDraft(t.db, staff, recapDraftSchema.parse({ eventId, title: "", body, programId: "", topics: "", revision: String(revision) }));
}

const history = async (t: { db: Parameters<typeof saveRecapDraft>[0] }, eventId: string) =>
  (await t.db.select().from(auditLog).where(and(eq(auditLog.eventId, eventId), eq(auditLog.entityType, "recap"))).orderBy(auditLog.id)).filter((e) => e.action !== "recap.edited" && e.action !== "recap.created");

describe("publishing a Chatham House recap", () => {
  const t = useTestDatabase();

  async function roundtable() {
    const event = await makePastEvent(t.db);
    await addCohostTo(t.db, event.id, "Government of Canada");
    await addSpeakerTo(t.db, event.id, { honorific: "Dr.", givenName: "Sarah", familyName: "Taylor", affiliation: "International Peace Institute" });
    await addGuestTo(t.db, event.id, { honorific: "Ms.", givenName: "Teresa", familyName: "Whitfield", affiliation: "UN Department of Political and Peacebuilding Affairs" }, { status: "accepted", plusOneName: "Mr. Dag Hammarskjold" });
    await addGuestTo(t.db, event.id, { givenName: "Rina", familyName: "Amiri", affiliation: "NYU Center for Global Affairs" }, { status: "invited", checkedInAt: new Date() });
    await addGuestTo(t.db, event.id, { givenName: "Nancy", familyName: "Lindborg", affiliation: "U.S. Institute of Peace" }, { status: "declined" });
    return event;
  }

  it("blocks a quoted speaker, then goes through review and is published by someone else, every step in the history", async () => {
    const writer = await makeStaff(t.db, "editor", "Jordan Reyes");
    const admin = await makeStaff(t.db, "admin", "Events Office");
    const event = await roundtable();

    await write(t, writer, event.id, `${CLEAN}\n\n“Women are agents of protection,” said Sarah Taylor.`);
    await expect(submitRecap(t.db, writer, event.id)).rejects.toThrow(/Publishing is blocked.*“[^”]*Sarah Taylor[^”]*” in the text/);
    expect((await getRecapForEditor(t.db, event.id))?.status).toBe("draft");
    expect(await history(t, event.id)).toEqual([]);

    await write(t, writer, event.id, CLEAN);
    await submitRecap(t.db, writer, event.id);
    await expect(publishRecap(t.db, writer, event.id)).rejects.toThrow(/another editor or an admin publishes it/);
    const published = await publishRecap(t.db, admin, event.id, [], new Date("2030-01-01T12:00:00Z"));
    expect(published).toMatchObject({ status: "published", publishedById: admin.id, submittedById: writer.id });
    expect(published.publishedAt?.toISOString()).toBe("2030-01-01T12:00:00.000Z");
    await expect(publishRecap(t.db, admin, event.id)).rejects.toThrow(/already published/);

    await unpublishRecap(t.db, admin, event.id, "A participant asked us to check a sentence.");
    expect(await getRecapForEditor(t.db, event.id)).toMatchObject({ status: "draft", publishedAt: null, publishedById: null });
    const steps = (await history(t, event.id)).map((e) => [e.action, e.actorId, e.before, e.after, e.reason]);
    expect(steps).toEqual([
      ["recap.submitted", writer.id, { status: "draft" }, { status: "in_review" }, null],
      ["recap.published", admin.id, { status: "in_review" }, { status: "published" }, null],
      ["recap.unpublished", admin.id, { status: "published" }, { status: "draft" }, "A participant asked us to check a sentence."],
    ]);
  });

  it("protects guests who accepted or were checked in, and their plus-ones, but not those who declined", async () => {
    const writer = await makeStaff(t.db, "editor", "W");
    const event = await roundtable();
    for (const [sentence, blocked] of [
      ["Teresa Whitfield raised the question of mandates.", true],
      ["Ms. Amiri disagreed.", true],
      ["Dag Hammarskjold would have approved.", true],
      ["Nancy Lindborg sent her apologies.", false],
      ["The Government of Canada and IPI thank the participants.", false],
    ] as const) {
      await write(t, writer, event.id, `${CLEAN}\n\n${sentence}`);
      if (blocked) await expect(submitRecap(t.db, writer, event.id), sentence).rejects.toThrow(/Publishing is blocked/);
      else await expect(submitRecap(t.db, writer, event.id).then(() => withdrawRecap(t.db, writer, event.id))).resolves.toBeTruthy();
    }
  });

  it("reads photo captions, alt text and link titles too", async () => {
    const writer = await makeStaff(t.db, "editor", "X");
    const event = await roundtable();
    await write(t, writer, event.id, CLEAN);
    await addRecapLink(t.db, writer, recapLinkSchema.parse({ eventId: event.id, kind: "coverage", title: "Whitfield on protection", url: "https://example.org/a" }));
    await expect(submitRecap(t.db, writer, event.id)).rejects.toThrow(/in the title of link 1/);
    const other = await makePastEvent(t.db);
    await addSpeakerTo(t.db, other.id, { givenName: "Sarah", familyName: "Taylor" });
    await write(t, writer, other.id, CLEAN);
    await addRecapPhoto(t.db, writer, { eventId: other.id, altText: "Sarah Taylor speaking", caption: null, isLead: false }, { bytes: pngOf(99), fileName: "p.png" });
    await expect(submitRecap(t.db, writer, other.id)).rejects.toThrow(/in the alt text of photo 1/);
  });

  it("applies to an agenda item under the rule only while the recap covers it", async () => {
    const writer = await makeStaff(t.db, "editor", "Y");
    const event = await makePastEvent(t.db, { attribution: "on_record" });
    await addSpeakerTo(t.db, event.id, { givenName: "Sarah", familyName: "Taylor" });
    const [closed] = await t.db.insert(agendaItems).values({ eventId: event.id, startsAt: event.startsAt, title: "Closed-door discussion", attribution: "chatham_house" }).returning();
    await write(t, writer, event.id, "Sarah Taylor opened the forum.");
    await expect(submitRecap(t.db, writer, event.id)).rejects.toThrow(/Publishing is blocked/);
    const revision = (await getRecapForEditor(t.db, event.id))!.revision;
    await saveRecapDraft(t.db, writer, recapDraftSchema.parse({ eventId: event.id, body: "Sarah Taylor opened the forum.", uncoveredAgendaItemIds: closed.id, revision: String(revision) }));
    await expect(submitRecap(t.db, writer, event.id)).resolves.toMatchObject({ status: "in_review" });
  });

  it("refuses a covered off-the-record item, an off-the-record event, leftover instructions, and events not yet held", async () => {
    const writer = await makeStaff(t.db, "editor", "Z");
    const onRecord = await makePastEvent(t.db, { attribution: "on_record" });
    await t.db.insert(agendaItems).values({ eventId: onRecord.id, startsAt: onRecord.startsAt, title: "Briefing by the mission", attribution: "off_record" });
    await write(t, writer, onRecord.id, "A fine recap.");
    await expect(submitRecap(t.db, writer, onRecord.id)).rejects.toThrow(/“Briefing by the mission” was held off the record/);

    const offRecord = await makePastEvent(t.db, { attribution: "off_record" });
    await write(t, writer, offRecord.id, "Internal notes.");
    await expect(submitRecap(t.db, writer, offRecord.id)).rejects.toThrow(/internal summary/);

    const drafted = await makePastEvent(t.db, { attribution: "on_record" });
    await write(t, writer, drafted.id, `Intro.\n\n${DEFAULT_RECAP_PHRASING.discussionPlaceholder}`);
    await expect(submitRecap(t.db, writer, drafted.id)).rejects.toThrow(/bracketed instructions/);

    const future = await makePastEvent(t.db, { attribution: "on_record", startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000) });
    await write(t, writer, future.id, "Looking forward.");
    await expect(submitRecap(t.db, writer, future.id)).rejects.toThrow(/has not taken place yet/);
  });
});

describe("a one-person team", () => {
  const t = useTestDatabase();

  it("publishes its own recap only after confirming every item of the checklist", async () => {
    const solo = await makeStaff(t.db, "editor", "Solo Editor");
    const viewer = await makeStaff(t.db, "viewer", "Reader");
    const event = await makePastEvent(t.db);
    await write(t, solo, event.id, CLEAN);
    await expect(publishRecap(t.db, viewer, event.id)).rejects.toThrow(/Only editors and admins/);
    await expect(publishRecap(t.db, solo, event.id, ["read", "facts"])).rejects.toMatchObject({ field: "checklist" });
    expect((await getRecapForEditor(t.db, event.id))?.status).toBe("draft");
    const published = await publishRecap(t.db, solo, event.id, ["read", "facts", "chatham"]);
    expect(published).toMatchObject({ status: "published", publishedById: solo.id, submittedById: solo.id });
    const [entry] = await history(t, event.id);
    expect(entry).toMatchObject({ action: "recap.published", before: { status: "draft" }, after: { status: "published" } });
    expect(entry.reason).toMatch(/^Published by its own author on a one-person team, after confirming: I have read the preview/);
  });
});

describe("a one-person team and the guard", () => {
  const t = useTestDatabase();

  it("is refused while the recap names a speaker, checklist or not, and nothing is written", async () => {
    const solo = await makeStaff(t.db, "admin", "Only Admin");
    const event = await makePastEvent(t.db);
    await addSpeakerTo(t.db, event.id, { givenName: "Jake", familyName: "Sherman" });
    await write(t, solo, event.id, `${CLEAN}\n\nJake Sherman disagreed.`);
    const before = await t.db.select().from(auditLog);
    await expect(publishRecap(t.db, solo, event.id, ["read", "facts", "chatham"])).rejects.toThrow(/“Jake Sherman” in the text/);
    expect(await t.db.select().from(auditLog)).toHaveLength(before.length);
  });
});
