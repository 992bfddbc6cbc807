import "server-only";
import { and, asc, eq, exists, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { contactListMembers, emailOutbox, eventSpeakers, invitations, people, personTags } from "@/db/schema";
import type { Db } from "@/db/types";
import { auditDiff, auditSnapshot } from "@/lib/audit/diff";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { refusingDuplicate } from "@/db/errors";
import { personName } from "./display-name";
import type { Person } from "./queries";
import type { MergePeopleInput, PersonField, PersonInput } from "./schema";

export const PEOPLE_EMAIL_INDEX = "people_email_lower_idx";

const PERSON_FIELDS = ["honorific", "givenName", "familyName", "positionTitle", "affiliation", "email", "notes", "precedenceClass", "credentialsDate"] as const satisfies readonly PersonField[];

// The fields a merge may fill on the kept record; names are never empty.
const FILLABLE = ["honorific", "positionTitle", "affiliation", "email", "notes"] as const satisfies readonly PersonField[];

const snapshot = (p: Person) => auditSnapshot(p, PERSON_FIELDS);

const emailTaken = () => new DomainError("Another person in the directory already has this email address.", "email");

// The check gives the friendly message with a name; the unique index is
// what actually holds when two editors save the same address at once.
async function assertEmailFree(tx: Db, email: string | null, exceptId?: string) {
  if (!email) return;
  const [other] = await tx
    .select({ honorific: people.honorific, givenName: people.givenName, familyName: people.familyName })
    .from(people)
    .where(and(eq(sql`lower(${people.email})`, email.toLowerCase()), exceptId ? ne(people.id, exceptId) : undefined))
    .limit(1);
  if (other) throw new DomainError(`This email address already belongs to ${personName(other)}.`, "email");
}

const translateEmailConflict = <T>(work: Promise<T>) => refusingDuplicate(work, PEOPLE_EMAIL_INDEX, emailTaken);

export async function createPerson(db: Db, actor: Actor, input: PersonInput): Promise<Person> {
  return translateEmailConflict(
    db.transaction(async (tx) => {
      await assertEmailFree(tx, input.email);
      const [person] = await tx.insert(people).values(input).returning();
      await recordAudit(tx, actor, { action: "person.created", entityType: "person", entityId: person.id, after: snapshot(person) });
      return person;
    }),
  );
}

export async function updatePerson(db: Db, actor: Actor, id: string, input: PersonInput): Promise<Person> {
  return translateEmailConflict(
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(people).where(eq(people.id, id)).for("update");
      if (!before) throw new DomainError("This person is no longer in the directory. They may have been merged into another record.");
      const diff = auditDiff(before, input, PERSON_FIELDS);
      if (!diff) return before;
      if (diff.after.email !== undefined) await assertEmailFree(tx, input.email, id);
      const [after] = await tx.update(people).set({ ...input, updatedAt: new Date() }).where(eq(people.id, id)).returning();
      await recordAudit(tx, actor, { action: "person.updated", entityType: "person", entityId: id, ...diff });
      return after;
    }),
  );
}

export type MergeResult = {
  person: Person;
  movedSpeakingRoles: number;
  droppedSpeakingRoles: number;
  movedInvitations: number;
  droppedInvitations: number;
};

/**
 * Folds a duplicate record into the one being kept, in one transaction:
 * speaking roles and invitations move across (where both already hold the
 * same role or invitation, the kept one stays), empty details are filled
 * from the duplicate, and the duplicate is deleted.
 */
export async function mergePeople(db: Db, actor: Actor, { keepId, mergeId }: MergePeopleInput): Promise<MergeResult> {
  if (keepId === mergeId) throw new DomainError("A record cannot be merged with itself.", "mergeId");
  return translateEmailConflict(
    db.transaction(async (tx) => {
      // Locking both people also holds back anyone inviting or adding either
      // as a speaker until the merge is done (their foreign keys wait on it).
      const locked = await tx.select().from(people).where(inArray(people.id, [keepId, mergeId])).orderBy(asc(people.id)).for("update");
      const keep = locked.find((p) => p.id === keepId);
      const merge = locked.find((p) => p.id === mergeId);
      if (!keep || !merge) throw new DomainError("One of these records is no longer in the directory. It may have been merged already.");

      const { droppedRoles, movedRoles } = await moveSpeakingRoles(tx, keepId, mergeId);
      const { pairs, movedInvitations } = await moveInvitations(tx, keepId, mergeId);

      const fill: Partial<PersonInput> = {};
      for (const f of FILLABLE) if (!keep[f]?.trim() && merge[f]?.trim()) fill[f] = merge[f];
      // Tags and static-list places follow the person; the duplicate's own rows go with it below.
      await tx.execute(sql`insert into ${personTags} (person_id, tag_id) select ${keepId}::uuid, tag_id from ${personTags} where person_id = ${mergeId}::uuid on conflict do nothing`);
      await tx.execute(sql`insert into ${contactListMembers} (list_id, person_id) select list_id, ${keepId}::uuid from ${contactListMembers} where person_id = ${mergeId}::uuid on conflict do nothing`);
      // The duplicate goes first so its email address is free for the kept record.
      await tx.delete(people).where(eq(people.id, mergeId));
      const [person] = await tx.update(people).set({ ...fill, updatedAt: new Date() }).where(eq(people.id, keepId)).returning();

      const summary = {
        movedSpeakingRoles: movedRoles.map((r) => r.id),
        droppedSpeakingRoles: droppedRoles,
        movedInvitations: movedInvitations.map((r) => r.id),
        droppedInvitations: pairs,
      };
      await recordMerge(tx, actor, { keep, merge, person, summary });
      return {
        person,
        movedSpeakingRoles: movedRoles.length,
        droppedSpeakingRoles: droppedRoles.length,
        movedInvitations: movedInvitations.length,
        droppedInvitations: pairs.length,
      };
    }),
  );
}

/** The duplicate's speaking roles move to the kept record; where the kept one already holds the same role at the event, the duplicate's goes. */
async function moveSpeakingRoles(tx: Db, keepId: string, mergeId: string) {
  const keptRole = alias(eventSpeakers, "kept_role");
  const droppedRoles = await tx
    .delete(eventSpeakers)
    .where(
      and(
        eq(eventSpeakers.personId, mergeId),
        exists(
          tx
            .select({ one: sql`1` })
            .from(keptRole)
            .where(and(eq(keptRole.personId, keepId), eq(keptRole.eventId, eventSpeakers.eventId), eq(keptRole.role, eventSpeakers.role))),
        ),
      ),
    )
    .returning({ id: eventSpeakers.id, eventId: eventSpeakers.eventId, role: eventSpeakers.role, remarksTitle: eventSpeakers.remarksTitle });
  const movedRoles = await tx.update(eventSpeakers).set({ personId: keepId }).where(eq(eventSpeakers.personId, mergeId)).returning({ id: eventSpeakers.id });
  return { droppedRoles, movedRoles };
}

/** The duplicate's invitations move to the kept record; where both were invited to one event, the kept invitation stays. */
async function moveInvitations(tx: Db, keepId: string, mergeId: string) {
  const kept = alias(invitations, "kept_invitation");
  const pairs = await tx
    .select({ droppedId: invitations.id, keptId: kept.id, eventId: invitations.eventId, status: invitations.status, source: invitations.source, respondedAt: invitations.respondedAt })
    .from(invitations)
    .innerJoin(kept, and(eq(kept.eventId, invitations.eventId), eq(kept.personId, keepId)))
    .where(eq(invitations.personId, mergeId));
  for (const pair of pairs) {
    // Whatever pointed at the duplicate invitation now points at the kept one
    // for the same event, so delegations and email history stay attached.
    await tx
      .update(invitations)
      .set({ delegatedFromId: pair.keptId })
      .where(and(eq(invitations.delegatedFromId, pair.droppedId), ne(invitations.id, pair.keptId)));
    await tx.update(emailOutbox).set({ invitationId: pair.keptId }).where(eq(emailOutbox.invitationId, pair.droppedId));
  }
  if (pairs.length) await tx.delete(invitations).where(inArray(invitations.id, pairs.map((p) => p.droppedId)));
  const movedInvitations = await tx
    .update(invitations)
    .set({ personId: keepId, updatedAt: new Date() })
    .where(eq(invitations.personId, mergeId))
    .returning({ id: invitations.id });
  return { pairs, movedInvitations };
}

type PersonRow = typeof people.$inferSelect;

async function recordMerge(tx: Db, actor: Actor, m: { keep: PersonRow; merge: PersonRow; person: PersonRow; summary: Record<string, unknown> }) {
  const { keep, merge, person, summary } = m;
  const keepId = keep.id;
  const mergeId = merge.id;
  await recordAudit(tx, actor, {
    action: "person.merged",
    entityType: "person",
    entityId: keepId,
    before: { kept: snapshot(keep), merged: snapshot(merge) },
    after: { kept: snapshot(person), ...summary },
  });
  await recordAudit(tx, actor, {
    action: "person.merged_into",
    entityType: "person",
    entityId: mergeId,
    before: snapshot(merge),
    after: { mergedInto: keepId },
  });
}
