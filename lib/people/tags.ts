import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import { people, personTags, tags } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";

export type Tag = { id: string; name: string };

/** Every tag with how many people carry it, by name. */
export async function listTags(db: Db) {
  return db
    .select({ id: tags.id, name: tags.name, people: sql<number>`(select count(*) from "person_tags" pt where pt."tag_id" = "tags"."id")`.mapWith(Number) })
    .from(tags)
    .orderBy(asc(sql`lower(${tags.name})`));
}

/** Tags by person, for the people shown on a page. */
export async function tagsOfPeople(db: Db, personIds: readonly string[]): Promise<Map<string, Tag[]>> {
  const out = new Map<string, Tag[]>();
  if (personIds.length === 0) return out;
  const rows = await db
    .select({ personId: personTags.personId, id: tags.id, name: tags.name })
    .from(personTags)
    .innerJoin(tags, eq(tags.id, personTags.tagId))
    .where(inArray(personTags.personId, [...personIds]))
    .orderBy(asc(sql`lower(${tags.name})`));
  for (const r of rows) out.set(r.personId, [...(out.get(r.personId) ?? []), { id: r.id, name: r.name }]);
  return out;
}

/**
 * The tags with these names, created where missing; a name matches in any
 * letter case, so "board" finds "Board". Two editors creating one tag at once
 * both end with the same row (on conflict do nothing, then read).
 */
export async function ensureTags(tx: Db, names: readonly string[]): Promise<Tag[]> {
  const unique = [...new Map(names.map((n) => [n.toLowerCase(), n])).values()];
  if (unique.length === 0) return [];
  await tx
    .insert(tags)
    .values(unique.map((name) => ({ name })))
    .onConflictDoNothing();
  return tx
    .select({ id: tags.id, name: tags.name })
    .from(tags)
    .where(inArray(sql`lower(${tags.name})`, unique.map((n) => n.toLowerCase())));
}

async function assertPeopleExist(tx: Db, personIds: readonly string[]) {
  const [{ found }] = await tx.select({ found: sql<number>`count(*)`.mapWith(Number) }).from(people).where(inArray(people.id, [...personIds]));
  if (found !== personIds.length) throw new DomainError("Some of these people are no longer in the directory. Reload the page and choose again.", "personIds");
}

/** Puts one tag (created if new) on everyone chosen; those who already carry it are left as they are. */
export async function tagPeople(db: Db, actor: Actor, personIds: readonly string[], name: string): Promise<{ tag: Tag; tagged: number }> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) throw new DomainError("Choose at least one person.", "personIds");
  return db.transaction(async (tx) => {
    await assertPeopleExist(tx, ids);
    const [tag] = await ensureTags(tx, [name]);
    const inserted = await tx
      .insert(personTags)
      .values(ids.map((personId) => ({ personId, tagId: tag.id })))
      .onConflictDoNothing()
      .returning({ personId: personTags.personId });
    if (inserted.length) {
      await recordAudit(tx, actor, { action: "people.tagged", entityType: "tag", entityId: tag.id, after: { tag: tag.name, count: inserted.length, personIds: inserted.length <= 50 ? inserted.map((r) => r.personId) : undefined } });
    }
    return { tag, tagged: inserted.length };
  });
}

/** Takes a tag off everyone chosen. */
export async function untagPeople(db: Db, actor: Actor, personIds: readonly string[], tagId: string): Promise<{ tag: Tag; untagged: number }> {
  const ids = [...new Set(personIds)];
  if (ids.length === 0) throw new DomainError("Choose at least one person.", "personIds");
  return db.transaction(async (tx) => {
    const [tag] = await tx.select({ id: tags.id, name: tags.name }).from(tags).where(eq(tags.id, tagId));
    if (!tag) throw new DomainError("This tag no longer exists.", "tagId");
    const removed = await tx
      .delete(personTags)
      .where(sql`${personTags.tagId} = ${tagId} and ${inArray(personTags.personId, ids)}`)
      .returning({ personId: personTags.personId });
    if (removed.length) {
      await recordAudit(tx, actor, { action: "people.untagged", entityType: "tag", entityId: tag.id, before: { tag: tag.name, count: removed.length, personIds: removed.length <= 50 ? removed.map((r) => r.personId) : undefined } });
    }
    return { tag, untagged: removed.length };
  });
}

/** A person's tags become exactly these names (new tags created). */
export async function setPersonTags(db: Db, actor: Actor, personId: string, names: readonly string[]): Promise<Tag[]> {
  return db.transaction(async (tx) => {
    const [person] = await tx.select({ id: people.id }).from(people).where(eq(people.id, personId)).for("update");
    if (!person) throw new DomainError("This person is no longer in the directory.");
    const before = (await tagsOfPeople(tx, [personId])).get(personId) ?? [];
    const wanted = await ensureTags(tx, names);
    const keep = new Set(wanted.map((t) => t.id));
    const drop = before.filter((t) => !keep.has(t.id));
    const add = wanted.filter((t) => !before.some((b) => b.id === t.id));
    if (drop.length) await tx.delete(personTags).where(sql`${personTags.personId} = ${personId} and ${inArray(personTags.tagId, drop.map((t) => t.id))}`);
    if (add.length) await tx.insert(personTags).values(add.map((t) => ({ personId, tagId: t.id }))).onConflictDoNothing();
    if (drop.length || add.length) {
      await recordAudit(tx, actor, {
        action: "person.tags_changed",
        entityType: "person",
        entityId: personId,
        before: { tags: before.map((t) => t.name) },
        after: { tags: wanted.map((t) => t.name) },
      });
    }
    return wanted.sort((a, b) => a.name.localeCompare(b.name));
  });
}
