import "server-only";
import { eq } from "drizzle-orm";
import { recaps } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { getInstitute } from "@/lib/settings/queries";
import { findAttributionHits } from "./guard/attribution-guard";
import { contentProblems, guardRefusal, recapGuardTexts, selfPublishChecklist } from "./publish-checks";
import { countOtherPublishers, listRecapLinks, listRecapPhotos, loadGuardContext } from "./queries";
import { actorOf, eventOrThrow, lockRecapOrThrow, type EventRow, type RecapRow, type RecapStaff } from "./recap-rows";
import { publishRule, submitRule, unpublishRule, withdrawRule, type RecapStatus } from "./workflow";

// draft -> in_review -> published, and back (unpublish, withdraw). Each
// transition locks the recap, checks who may do it (workflow.ts) and what
// must be true of the recap and its event, and is written to the audit log
// in the same transaction.

function eventProblems(event: EventRow, now: Date): string[] {
  const problems: string[] = [];
  if (event.status === "draft") problems.push("The event is still a draft: schedule it first.");
  if (event.status === "cancelled") problems.push("The event was cancelled, so there is nothing to recap publicly.");
  if (event.visibility === "internal") problems.push("The event is internal: its recap can only be an internal summary.");
  if (event.startsAt.getTime() > now.getTime()) problems.push("The event has not taken place yet.");
  return problems;
}

/**
 * Everything that keeps this recap off the public page, in words (empty when
 * it may go out): the event's state, an off-the-record event or covered
 * agenda item, the recap's text, and the Chatham House guard over every
 * text a reader meets.
 */
export async function publishBlockers(tx: Db, recap: RecapRow, event: EventRow, now: Date): Promise<{ problems: string[]; chathamHouse: boolean; photoCount: number; linkCount: number }> {
  const institute = await getInstitute(tx);
  const [context, photos, links] = await Promise.all([
    loadGuardContext(tx, event, recap.uncoveredAgendaItemIds, institute),
    listRecapPhotos(tx, recap.id),
    listRecapLinks(tx, recap.id),
  ]);
  if (context.scope.internalOnly) {
    return { problems: ["This event was off the record: its recap is an internal summary and is never published."], chathamHouse: false, photoCount: photos.length, linkCount: links.length };
  }
  const problems = [...eventProblems(event, now), ...contentProblems({ body: recap.body, institute, offRecordItems: context.scope.offRecordItems })];
  if (context.scope.chathamHouse) {
    const hits = findAttributionHits({
      texts: recapGuardTexts({ title: recap.title, body: recap.body, topics: recap.topics, photos, links }),
      people: context.people,
      allowedNames: context.allowedNames,
    });
    if (hits.length > 0) problems.push(guardRefusal(hits, { photoIds: photos.map((p) => p.id), linkIds: links.map((l) => l.id) }));
  }
  return { problems, chathamHouse: context.scope.chathamHouse, photoCount: photos.length, linkCount: links.length };
}

const refuse = (problems: string[]) => new DomainError(problems.join(" "));

async function transition(tx: Db, staff: RecapStaff, recap: RecapRow, to: RecapStatus, set: Partial<typeof recaps.$inferInsert>, action: string, now: Date, reason?: string | null) {
  const [saved] = await tx
    .update(recaps)
    .set({ ...set, status: to, updatedAt: now })
    .where(eq(recaps.id, recap.id))
    .returning();
  await recordAudit(tx, actorOf(staff), {
    action,
    entityType: "recap",
    entityId: recap.id,
    eventId: recap.eventId,
    before: { status: recap.status },
    after: { status: to },
    reason: reason ?? null,
  });
  return saved;
}

/** An editor sends the recap for review; it must already be publishable. */
export async function submitRecap(db: Db, staff: RecapStaff, eventId: string, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const recap = await lockRecapOrThrow(tx, eventId);
    const rule = submitRule({ ...recap, internalOnly: recap.internalOnly || event.attribution === "off_record" }, staff);
    if (!rule.ok) throw new DomainError(rule.message);
    const { problems } = await publishBlockers(tx, recap, event, now);
    if (problems.length > 0) throw refuse(problems);
    return transition(tx, staff, recap, "in_review", { submittedById: staff.id }, "recap.submitted", now);
  });
}

/**
 * Another editor or an admin publishes a recap in review. Its own author or
 * submitter may publish it only on a one-person team, having confirmed every
 * item of the checklist (`confirmed` holds the item ids).
 */
export async function publishRecap(db: Db, staff: RecapStaff, eventId: string, confirmed: readonly string[] = [], now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const event = await eventOrThrow(tx, eventId);
    const recap = await lockRecapOrThrow(tx, eventId);
    const rule = publishRule({ ...recap, internalOnly: recap.internalOnly || event.attribution === "off_record" }, staff, await countOtherPublishers(tx, staff.id));
    if (rule.kind === "refused") throw new DomainError(rule.message);
    const { problems, chathamHouse, photoCount, linkCount } = await publishBlockers(tx, recap, event, now);
    if (problems.length > 0) throw refuse(problems);
    let reason: string | null = null;
    if (rule.kind === "self_with_checklist") {
      const items = selfPublishChecklist({ chathamHouse, photoCount, linkCount });
      const missing = items.filter((i) => !confirmed.includes(i.id));
      if (missing.length > 0) throw new DomainError("To publish your own recap, confirm every item of the checklist.", "checklist");
      reason = `Published by its own author on a one-person team, after confirming: ${items.map((i) => i.label).join(" ")}`;
    }
    return transition(
      tx,
      staff,
      recap,
      "published",
      { publishedAt: now, publishedById: staff.id, submittedById: recap.submittedById ?? staff.id, internalOnly: false },
      "recap.published",
      now,
      reason,
    );
  });
}

/** Takes the recap off the public page; it is a draft again and goes through review again. */
export async function unpublishRecap(db: Db, staff: RecapStaff, eventId: string, reason: string | null = null, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const recap = await lockRecapOrThrow(tx, eventId);
    const rule = unpublishRule(recap, staff);
    if (!rule.ok) throw new DomainError(rule.message);
    return transition(tx, staff, recap, "draft", { publishedAt: null, publishedById: null, submittedById: null }, "recap.unpublished", now, reason);
  });
}

/** Back from review to draft: withdrawn by its submitter, or sent back by a reviewer. */
export async function withdrawRecap(db: Db, staff: RecapStaff, eventId: string, now: Date = new Date()) {
  return db.transaction(async (tx) => {
    const recap = await lockRecapOrThrow(tx, eventId);
    const rule = withdrawRule(recap, staff);
    if (!rule.ok) throw new DomainError(rule.message);
    const action = recap.submittedById === staff.id ? "recap.withdrawn" : "recap.sent_back";
    return transition(tx, staff, recap, "draft", { submittedById: null }, action, now);
  });
}
