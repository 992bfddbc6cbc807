import "server-only";
import { and, asc, eq, max, sql } from "drizzle-orm";
import { agendaItems, programs, recapLinks, recaps } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { actorOf, assertEditable, ensureRecap, eventOrThrow, lockRecap, recordEdit, type RecapStaff } from "./recap-rows";
import type { RecapDraftInput, RecapLinkInput } from "./schema";
import { moveOnePlace } from "@/lib/move-one-place";

/**
 * One save of the recap's text (the editor autosaves every few seconds). It
 * refuses to overwrite a newer version: `revision` must be the one the
 * editor's text was written on. The recap is created on first save.
 */
export async function saveRecapDraft(db: Db, staff: RecapStaff, input: RecapDraftInput, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, input.eventId);
    assertEditable(await lockRecap(tx, event.id), staff);
    const recap = await ensureRecap(tx, staff, event);
    if (recap.revision !== input.revision) {
      throw new DomainError(
        "Someone else saved this recap after you opened it, so your changes were not saved over theirs. They are kept in this browser: reload the page to see the newer version.",
      );
    }
    if (input.programId) {
      const [program] = await tx.select({ id: programs.id }).from(programs).where(eq(programs.id, input.programId));
      if (!program) throw new DomainError("That programme area no longer exists. Choose another.", "programId");
    }
    // Only this event's agenda items can be left out; anything else is ignored.
    const items = await tx.select({ id: agendaItems.id }).from(agendaItems).where(eq(agendaItems.eventId, event.id));
    const known = new Set(items.map((i) => i.id));
    const [saved] = await tx
      .update(recaps)
      .set({
        title: input.title,
        body: input.body,
        programId: input.programId,
        topics: input.topics,
        uncoveredAgendaItemIds: input.uncoveredAgendaItemIds.filter((id) => known.has(id)),
        internalOnly: event.attribution === "off_record",
        revision: sql`${recaps.revision} + 1`,
        updatedAt: now,
      })
      .where(eq(recaps.id, recap.id))
      .returning();
    await recordEdit(tx, staff, saved, now);
    return { revision: saved.revision, updatedAt: saved.updatedAt };
  });
}

export async function addRecapLink(db: Db, staff: RecapStaff, input: RecapLinkInput) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, input.eventId);
    assertEditable(await lockRecap(tx, event.id), staff);
    const recap = await ensureRecap(tx, staff, event);
    const [{ last }] = await tx.select({ last: max(recapLinks.position) }).from(recapLinks).where(eq(recapLinks.recapId, recap.id));
    const [link] = await tx
      .insert(recapLinks)
      .values({ recapId: recap.id, kind: input.kind, title: input.title, url: input.url, position: (last ?? -1) + 1 })
      .returning();
    await recordAudit(tx, actorOf(staff), { action: "recap.link_added", entityType: "recap", entityId: recap.id, eventId: event.id, after: { kind: link.kind, title: link.title, url: link.url } });
    return link;
  });
}

async function linkWithRecap(tx: Db, staff: RecapStaff, linkId: string) {
  const [link] = await tx.select().from(recapLinks).where(eq(recapLinks.id, linkId));
  if (!link) throw new DomainError("That link is no longer on the recap.");
  const [recap] = await tx.select().from(recaps).where(eq(recaps.id, link.recapId)).for("update");
  assertEditable(recap, staff);
  return { link, recap };
}

export async function removeRecapLink(db: Db, staff: RecapStaff, linkId: string) {
  return db.transaction(async (tx) => {
    const { link, recap } = await linkWithRecap(tx, staff, linkId);
    await tx.delete(recapLinks).where(eq(recapLinks.id, linkId));
    await recordAudit(tx, actorOf(staff), { action: "recap.link_removed", entityType: "recap", entityId: recap.id, eventId: recap.eventId, before: { kind: link.kind, title: link.title, url: link.url } });
    return { eventId: recap.eventId };
  });
}

/** One place up or down among all the recap's links (their order within each heading follows). */
export async function moveRecapLink(db: Db, staff: RecapStaff, linkId: string, direction: "up" | "down") {
  return db.transaction(async (tx) => {
    const { recap } = await linkWithRecap(tx, staff, linkId);
    const all = await tx.select().from(recapLinks).where(eq(recapLinks.recapId, recap.id)).orderBy(asc(recapLinks.position), asc(recapLinks.id));
    const moved = moveOnePlace(all, linkId, direction);
    if (!moved) return { eventId: recap.eventId };
    for (const [position, l] of moved.order.entries()) {
      if (l.position !== position) await tx.update(recapLinks).set({ position }).where(and(eq(recapLinks.id, l.id), eq(recapLinks.recapId, recap.id)));
    }
    await recordAudit(tx, actorOf(staff), { action: "recap.link_moved", entityType: "recap", entityId: recap.id, eventId: recap.eventId, before: { position: moved.from }, after: { position: moved.to } });
    return { eventId: recap.eventId };
  });
}
