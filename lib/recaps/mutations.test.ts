import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { agendaItems, auditLog, programs, recapLinks, recaps } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { makePastEvent, makeStaff } from "./db-fixtures";
import { addRecapLink, moveRecapLink, removeRecapLink, saveRecapDraft } from "./mutations";
import { getRecapForEditor } from "./queries";
import { recapDraftSchema, recapLinkSchema } from "./schema";

const draft = (eventId: string, over: Record<string, string> = {}) =>
  recapDraftSchema.parse({ eventId, title: "Protecting civilians", body: "Participants agreed.", programId: "", topics: "WPS, POC", revision: "0", ...over });

describe("saving a recap's text", () => {
  const t = useTestDatabase();

  it("creates the recap on first save, by its author, and bumps the revision on every save", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan Reyes");
    const event = await makePastEvent(t.db);
    const first = await saveRecapDraft(t.db, editor, draft(event.id));
    expect(first.revision).toBe(1);
    const second = await saveRecapDraft(t.db, editor, draft(event.id, { body: "Participants agreed, mostly.", revision: "1" }));
    expect(second.revision).toBe(2);
    const recap = await getRecapForEditor(t.db, event.id);
    expect(recap).toMatchObject({ status: "draft", authorId: editor.id, authorName: "Jordan Reyes", title: "Protecting civilians", body: "Participants agreed, mostly.", topics: ["WPS", "POC"], internalOnly: false });
  });

  it("refuses to overwrite a newer version, and changes nothing", async () => {
    const editor = await makeStaff(t.db, "editor", "A");
    const reviewer = await makeStaff(t.db, "admin", "B");
    const event = await makePastEvent(t.db);
    await saveRecapDraft(t.db, editor, draft(event.id, { body: "Version one" }));
    await saveRecapDraft(t.db, reviewer, draft(event.id, { body: "The reviewer's version", revision: "1" }));
    await expect(saveRecapDraft(t.db, editor, draft(event.id, { body: "Stale tab", revision: "1" }))).rejects.toThrow(/Someone else saved this recap/);
    expect((await getRecapForEditor(t.db, event.id))?.body).toBe("The reviewer's version");
  });

  it("writes one history entry per person per half hour of autosaves", async () => {
    const editor = await makeStaff(t.db, "editor", "C");
    const other = await makeStaff(t.db, "editor", "D");
    const event = await makePastEvent(t.db);
    for (let revision = 0; revision < 4; revision++) await saveRecapDraft(t.db, editor, draft(event.id, { revision: String(revision) }));
    await saveRecapDraft(t.db, other, draft(event.id, { revision: "4" }));
    const entries = await t.db.select({ action: auditLog.action, actorId: auditLog.actorId }).from(auditLog).where(eq(auditLog.eventId, event.id)).orderBy(auditLog.id);
    expect(entries).toEqual([
      { action: "recap.created", actorId: editor.id },
      { action: "recap.edited", actorId: editor.id },
      { action: "recap.edited", actorId: other.id },
    ]);
  });

  it("marks an off-the-record event's recap as an internal summary", async () => {
    const editor = await makeStaff(t.db, "editor", "E");
    const event = await makePastEvent(t.db, { attribution: "off_record" });
    await saveRecapDraft(t.db, editor, draft(event.id));
    expect((await getRecapForEditor(t.db, event.id))?.internalOnly).toBe(true);
  });

  it("keeps only this event's agenda items as left out, and refuses an unknown programme by field", async () => {
    const editor = await makeStaff(t.db, "editor", "F");
    const event = await makePastEvent(t.db);
    const other = await makePastEvent(t.db);
    const [item] = await t.db.insert(agendaItems).values({ eventId: event.id, startsAt: event.startsAt, title: "Opening remarks" }).returning();
    const [foreign] = await t.db.insert(agendaItems).values({ eventId: other.id, startsAt: other.startsAt, title: "Elsewhere" }).returning();
    await saveRecapDraft(t.db, editor, draft(event.id, { uncoveredAgendaItemIds: `${item.id},${foreign.id}` }));
    expect((await getRecapForEditor(t.db, event.id))?.uncoveredAgendaItemIds).toEqual([item.id]);
    const missing = "0b0e3a4e-0000-4000-8000-000000000000";
    await expect(saveRecapDraft(t.db, editor, draft(event.id, { programId: missing, revision: "1" }))).rejects.toMatchObject({ field: "programId" });
    const [program] = await t.db.insert(programs).values({ slug: `p-${event.id}`, name: "WPS" }).returning();
    await saveRecapDraft(t.db, editor, draft(event.id, { programId: program.id, revision: "1" }));
    expect((await getRecapForEditor(t.db, event.id))?.programId).toBe(program.id);
  });

  it("refuses viewers, unknown events and published recaps", async () => {
    const editor = await makeStaff(t.db, "editor", "G");
    const viewer = await makeStaff(t.db, "viewer", "H");
    const event = await makePastEvent(t.db);
    await expect(saveRecapDraft(t.db, viewer, draft(event.id))).rejects.toThrow(/Only editors and admins/);
    await expect(saveRecapDraft(t.db, editor, draft("0b0e3a4e-0000-4000-8000-000000000001"))).rejects.toThrow(/no longer exists/);
    await saveRecapDraft(t.db, editor, draft(event.id));
    await t.db.update(recaps).set({ status: "published" }).where(eq(recaps.eventId, event.id));
    await expect(saveRecapDraft(t.db, editor, draft(event.id, { revision: "1" }))).rejects.toThrow(/Unpublish it to make changes/);
  });
});

describe("related links", () => {
  const t = useTestDatabase();

  it("adds them in order, moves and removes them, each in the history", async () => {
    const editor = await makeStaff(t.db, "editor", "Jordan");
    const event = await makePastEvent(t.db);
    const link = (title: string, kind = "coverage") => recapLinkSchema.parse({ eventId: event.id, kind, title, url: `https://example.org/${encodeURIComponent(title)}` });
    const a = await addRecapLink(t.db, editor, link("UN News"));
    const b = await addRecapLink(t.db, editor, link("Watch the remarks", "video"));
    const c = await addRecapLink(t.db, editor, link("The report", "download"));
    await moveRecapLink(t.db, editor, c.id, "up");
    await moveRecapLink(t.db, editor, a.id, "up"); // already first: nothing changes
    expect((await getRecapForEditor(t.db, event.id))?.links.map((l) => l.title)).toEqual(["UN News", "The report", "Watch the remarks"]);
    await removeRecapLink(t.db, editor, b.id);
    expect(await t.db.select().from(recapLinks).where(eq(recapLinks.id, b.id))).toEqual([]);
    const actions = (await t.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.eventId, event.id), eq(auditLog.entityType, "recap")))).map((r) => r.action);
    expect(actions).toEqual(["recap.created", "recap.link_added", "recap.link_added", "recap.link_added", "recap.link_moved", "recap.link_removed"]);
  });

  it("are locked once the recap is published", async () => {
    const editor = await makeStaff(t.db, "editor", "K");
    const event = await makePastEvent(t.db);
    const a = await addRecapLink(t.db, editor, recapLinkSchema.parse({ eventId: event.id, kind: "video", title: "Watch", url: "https://example.org/v" }));
    await t.db.update(recaps).set({ status: "published" }).where(eq(recaps.eventId, event.id));
    await expect(removeRecapLink(t.db, editor, a.id)).rejects.toThrow(/published/);
    await expect(moveRecapLink(t.db, editor, a.id, "down")).rejects.toThrow(/published/);
  });
});
