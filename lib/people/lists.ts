import "server-only";
import { and, asc, count, eq, inArray, sql, type SQL } from "drizzle-orm";
import { contactListMembers, contactLists, people, tags } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { refusingDuplicate } from "@/db/errors";
import { DomainError } from "@/lib/errors";
import { isUuid } from "@/lib/ids";
import { organizationKindLabel } from "@/lib/reference-data/schema";
import { listMembersCondition, ruleCondition, taggedCondition } from "./list-rule";
import { readRule, type ListInput, type ListRule, type OrganizationKind } from "./list-schema";
import { listedPersonColumns } from "./queries";

export const LIST_NAME_INDEX = "contact_lists_name_lower_idx";

export type ContactList = { id: string; name: string; description: string | null; smart: boolean; rule: ListRule | null; updatedAt: Date };

const listColumns = { id: contactLists.id, name: contactLists.name, description: contactLists.description, rule: contactLists.rule, updatedAt: contactLists.updatedAt };

function toList(row: { id: string; name: string; description: string | null; rule: unknown; updatedAt: Date }): ContactList {
  const smart = row.rule !== null;
  return { ...row, smart, rule: smart ? readRule(row.rule) : null };
}

/** A list by id, or null for an unknown or malformed id. */
export async function getContactList(db: Db, id: string): Promise<ContactList | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select(listColumns).from(contactLists).where(eq(contactLists.id, id));
  return row ? toList(row) : null;
}

/** How many people a list holds now: one count query per list. */
export async function countMembers(db: Db, list: ContactList): Promise<number> {
  const [{ n }] = await db.select({ n: count() }).from(people).where(listMembersCondition(list));
  return n;
}

/** Every list's name, by name, without counting members: for choosing one (the people page's filter). */
export async function listContactListNames(db: Db): Promise<{ id: string; name: string; smart: boolean }[]> {
  const rows = await db
    .select({ id: contactLists.id, name: contactLists.name, smart: sql<boolean>`${contactLists.rule} is not null` })
    .from(contactLists)
    .orderBy(asc(sql`lower(${contactLists.name})`));
  return rows;
}

/** Every list with its member count, by name. */
export async function listContactLists(db: Db) {
  const rows = (await db.select(listColumns).from(contactLists).orderBy(asc(sql`lower(${contactLists.name})`))).map(toList);
  const counts = await Promise.all(rows.map((l) => countMembers(db, l)));
  return rows.map((l, i) => ({ ...l, members: counts[i] }));
}

const memberOrder = [asc(people.familyName), asc(people.givenName), asc(people.id)];

/** One page of a list's members, by family name. */
export async function listMembers(db: Db, list: ContactList, { limit = 100, offset = 0 }: { limit?: number; offset?: number } = {}) {
  return db
    .select({ id: people.id, ...listedPersonColumns, optedOutAt: people.optedOutAt })
    .from(people)
    .where(listMembersCondition(list))
    .orderBy(...memberOrder)
    .limit(limit)
    .offset(offset);
}

/** The condition the people page filters by: members of this list (nobody for an unknown list). */
export async function listFilterCondition(db: Db, listId: string): Promise<SQL | null> {
  const list = await getContactList(db, listId);
  return list ? listMembersCondition(list) : null;
}

/** A rule in words, as the lists page shows it: "Organization is a permanent mission and tagged Board". */
export async function describeRule(db: Db, rule: ListRule | null): Promise<string> {
  if (!rule) return "This rule cannot be read; the list matches nobody. Edit it to set a condition.";
  const parts: string[] = [];
  if (rule.organizationKind) parts.push(`organization is: ${organizationKindLabel(rule.organizationKind).toLowerCase()}`);
  if (rule.tagIds?.length) {
    const named = await db.select({ id: tags.id, name: tags.name }).from(tags).where(inArray(tags.id, rule.tagIds));
    for (const id of rule.tagIds) parts.push(`tagged ${named.find((t) => t.id === id)?.name ?? "(a deleted tag)"}`);
  }
  if (rule.affiliationContains) parts.push(`affiliation contains “${rule.affiliationContains}”`);
  const sentence = parts.join(" and ");
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

const nameTaken = () => new DomainError("There is already a list with this name.", "name");

export async function createContactList(db: Db, actor: Actor, input: ListInput): Promise<ContactList> {
  return refusingDuplicate(
    db.transaction(async (tx) => {
      const [row] = await tx
        .insert(contactLists)
        .values({ name: input.name, description: input.description, rule: input.rule, createdById: actor.kind === "staff" ? actor.id : null })
        .returning(listColumns);
      await recordAudit(tx, actor, { action: "list.created", entityType: "contact_list", entityId: row.id, after: { name: row.name, rule: row.rule } });
      return toList(row);
    }),
    LIST_NAME_INDEX,
    nameTaken,
  );
}

async function lockList(tx: Db, id: string) {
  const [row] = await tx.select(listColumns).from(contactLists).where(eq(contactLists.id, id)).for("update");
  if (!row) throw new DomainError("This list no longer exists.");
  return toList(row);
}

/** Renames a list, changes its description, and for a smart list its rule. */
export async function updateContactList(db: Db, actor: Actor, id: string, input: { name: string; description: string | null; rule?: ListRule }): Promise<ContactList> {
  return refusingDuplicate(
    db.transaction(async (tx) => {
      const before = await lockList(tx, id);
      if (input.rule && !before.smart) throw new DomainError("A static list has no rule.");
      const [row] = await tx
        .update(contactLists)
        .set({ name: input.name, description: input.description, ...(input.rule ? { rule: input.rule } : {}), updatedAt: new Date() })
        .where(eq(contactLists.id, id))
        .returning(listColumns);
      await recordAudit(tx, actor, {
        action: "list.updated",
        entityType: "contact_list",
        entityId: id,
        before: { name: before.name, description: before.description, rule: before.rule },
        after: { name: row.name, description: row.description, rule: row.rule },
      });
      return toList(row);
    }),
    LIST_NAME_INDEX,
    nameTaken,
  );
}

/** Deletes a list (its member rows go with it); the people stay in the directory. */
export async function deleteContactList(db: Db, actor: Actor, id: string): Promise<ContactList> {
  return db.transaction(async (tx) => {
    const list = await lockList(tx, id);
    const [{ n }] = await tx.select({ n: count() }).from(contactListMembers).where(eq(contactListMembers.listId, id));
    await tx.delete(contactLists).where(eq(contactLists.id, id));
    await recordAudit(tx, actor, { action: "list.deleted", entityType: "contact_list", entityId: id, before: { name: list.name, rule: list.rule, members: n } });
    return list;
  });
}

async function lockStaticList(tx: Db, id: string) {
  const list = await lockList(tx, id);
  if (list.smart) throw new DomainError(`“${list.name}” is a smart list: its members are whoever matches its rule. Choose a static list.`, "listId");
  return list;
}

/** Adds people to a static list; those already on it stay as they are. */
export async function addPeopleToList(db: Db, actor: Actor, listId: string, personIds: readonly string[]): Promise<{ list: ContactList; added: number }> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) throw new DomainError("Choose at least one person.", "personIds");
  return db.transaction(async (tx) => {
    const list = await lockStaticList(tx, listId);
    const [{ found }] = await tx.select({ found: count() }).from(people).where(inArray(people.id, ids));
    if (found !== ids.length) throw new DomainError("Some of these people are no longer in the directory. Reload the page and choose again.", "personIds");
    const added = await addMemberRows(tx, actor, list, ids);
    return { list, added };
  });
}

/** The member rows themselves, inside the caller's transaction, with the history entry. */
export async function addMemberRows(tx: Db, actor: Actor, list: ContactList, ids: readonly string[]): Promise<number> {
  let added = 0;
  // 1 000 rows of 2 values per insert stays far under PostgreSQL's bind-parameter limit.
  for (let i = 0; i < ids.length; i += 1000) {
    const inserted = await tx
      .insert(contactListMembers)
      .values(ids.slice(i, i + 1000).map((personId) => ({ listId: list.id, personId })))
      .onConflictDoNothing()
      .returning({ personId: contactListMembers.personId });
    added += inserted.length;
  }
  if (added) {
    await tx.update(contactLists).set({ updatedAt: new Date() }).where(eq(contactLists.id, list.id));
    await recordAudit(tx, actor, { action: "list.members_added", entityType: "contact_list", entityId: list.id, after: { list: list.name, count: added } });
  }
  return added;
}

/** Takes people off a static list. */
export async function removePeopleFromList(db: Db, actor: Actor, listId: string, personIds: readonly string[]): Promise<{ list: ContactList; removed: number }> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) throw new DomainError("Choose at least one person.", "personIds");
  return db.transaction(async (tx) => {
    const list = await lockStaticList(tx, listId);
    const removed = await tx
      .delete(contactListMembers)
      .where(and(eq(contactListMembers.listId, listId), inArray(contactListMembers.personId, ids)))
      .returning({ personId: contactListMembers.personId });
    if (removed.length) {
      await tx.update(contactLists).set({ updatedAt: new Date() }).where(eq(contactLists.id, listId));
      await recordAudit(tx, actor, { action: "list.members_removed", entityType: "contact_list", entityId: listId, before: { list: list.name, count: removed.length } });
    }
    return { list, removed: removed.length };
  });
}

/** Static lists, for the "add to a list" choices. */
export async function listStaticLists(db: Db) {
  return db.select({ id: contactLists.id, name: contactLists.name }).from(contactLists).where(sql`${contactLists.rule} is null`).orderBy(asc(sql`lower(${contactLists.name})`));
}

export type PeopleFilter = { tagId?: string; listId?: string; organizationKind?: OrganizationKind };

/** The people page's filters as one condition: carrying a tag, on a list, at a kind of organization; all together. */
export async function peopleFilterCondition(db: Db, f: PeopleFilter): Promise<SQL | undefined> {
  const parts: SQL[] = [];
  if (f.tagId) parts.push(taggedCondition(f.tagId));
  if (f.organizationKind) parts.push(ruleCondition({ organizationKind: f.organizationKind }));
  if (f.listId) parts.push((await listFilterCondition(db, f.listId)) ?? sql`false`);
  return parts.length ? and(...parts) : undefined;
}
