import { and, sql, type SQL } from "drizzle-orm";
import { containing } from "@/lib/db/like";
import type { ListRule } from "./list-schema";

// A list's members as one SQL condition over the `people` table, so a list of
// 20 000 people is counted, shown, exported and invited by the database, never
// by reading everyone into JavaScript to filter.
//
// Columns of `people` are written out in full ("people"."id"): inside a
// subquery Drizzle would otherwise leave a bare "id", which means the inner
// table's own.

const person = (column: string) => sql.raw(`"people"."${column}"`);

/** Never true: a rule that cannot be read matches nobody rather than the whole directory. */
const NOBODY = sql`false`;

/** The rule's conditions, all of which must hold. */
export function ruleCondition(rule: ListRule | null): SQL {
  if (!rule) return NOBODY;
  const parts: SQL[] = [];
  if (rule.organizationKind) {
    parts.push(sql`exists (select 1 from "organizations" o where o."id" = ${person("organization_id")} and o."kind" = ${rule.organizationKind})`);
  }
  for (const tagId of rule.tagIds ?? []) {
    parts.push(sql`exists (select 1 from "person_tags" pt where pt."person_id" = ${person("id")} and pt."tag_id" = ${tagId}::uuid)`);
  }
  if (rule.affiliationContains) parts.push(sql`${person("affiliation")} ilike ${containing(rule.affiliationContains)}`);
  return parts.length ? (and(...parts) as SQL) : NOBODY;
}

/** Whoever belongs to a static list: its member rows. */
export const staticMembersCondition = (listId: string): SQL =>
  sql`exists (select 1 from "contact_list_members" m where m."list_id" = ${listId}::uuid and m."person_id" = ${person("id")})`;

/** A list's members, static or smart. */
export const listMembersCondition = (list: { id: string; rule: ListRule | null; smart: boolean }): SQL =>
  list.smart ? ruleCondition(list.rule) : staticMembersCondition(list.id);

/** People carrying a tag. */
export const taggedCondition = (tagId: string): SQL =>
  sql`exists (select 1 from "person_tags" pt where pt."person_id" = ${person("id")} and pt."tag_id" = ${tagId}::uuid)`;
