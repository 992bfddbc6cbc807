import { z } from "zod";
import { ORGANIZATION_KINDS } from "@/db/enum-values";
import { blankToNull, hasBrokenCharacter, brokenCharacterMessage, optionalText, requiredText, text } from "@/lib/form-input";

// Tags and contact lists, checked the same way in the forms, the actions and
// the CSV import. Safe to import in client components.

export const LIST_LIMITS = { name: 120, description: 500, tag: 60, tagsPerPerson: 30, affiliation: 200 } as const;

export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * A smart list's rule: every condition given must hold (AND). Stored as the
 * list's `rule` jsonb and compiled to one SQL condition (list-rule.ts).
 */
export const listRuleSchema = z
  .object({
    organizationKind: z.enum(ORGANIZATION_KINDS, { message: "Choose a kind of organization" }).optional(),
    tagIds: z.array(z.uuid({ message: "Choose a tag from the list" })).max(5, "Use at most 5 tags").optional(),
    affiliationContains: z.string().trim().min(1).max(LIST_LIMITS.affiliation, `Keep the text under ${LIST_LIMITS.affiliation} characters`).optional(),
  })
  .strict()
  .refine((r) => r.organizationKind !== undefined || (r.tagIds?.length ?? 0) > 0 || r.affiliationContains !== undefined, {
    message: "A smart list needs at least one condition: a kind of organization, a tag, or words in the affiliation",
    path: ["rule"],
  });
export type ListRule = z.output<typeof listRuleSchema>;

/** A stored rule, read back; null when it is not one (a hand-edited row), so it matches nobody rather than everybody. */
export function readRule(stored: unknown): ListRule | null {
  const parsed = listRuleSchema.safeParse(stored);
  return parsed.success ? parsed.data : null;
}

export const tagName = z.preprocess(
  text,
  z
    .string({ message: "Enter a tag" })
    .min(1, "Enter a tag")
    .max(LIST_LIMITS.tag, `Keep a tag under ${LIST_LIMITS.tag} characters`)
    .refine((s) => !/[,;|]/.test(s), "A tag cannot contain a comma, semicolon or bar")
    .refine((s) => !hasBrokenCharacter(s), brokenCharacterMessage("tag")),
);

/** "Board, Press; WPS network" → ["Board", "Press", "WPS network"], each checked, repeats (in any case) once. */
export const tagNames = z.preprocess(
  (v) => (typeof v === "string" ? v.split(/[,;|]/).map((s) => s.normalize("NFC").trim()).filter(Boolean) : v),
  z
    .array(tagName)
    .max(LIST_LIMITS.tagsPerPerson, `Use at most ${LIST_LIMITS.tagsPerPerson} tags`)
    .transform((names) => {
      const seen = new Set<string>();
      return names.filter((n) => (seen.has(n.toLowerCase()) ? false : (seen.add(n.toLowerCase()), true)));
    }),
);

const listName = requiredText(LIST_LIMITS.name, "list name");
const listDescription = optionalText(LIST_LIMITS.description, "description");

/** The create / edit form of a list: a static list has no rule fields; a smart one needs at least one. */
export const listFormSchema = z
  .object({
    name: listName,
    description: listDescription,
    kind: z.enum(["static", "smart"], { message: "Choose a static or a smart list" }),
    organizationKind: z.preprocess(blankToNull, z.enum(ORGANIZATION_KINDS, { message: "Choose a kind of organization" }).nullable()),
    tagId: z.preprocess(blankToNull, z.uuid({ message: "Choose a tag from the list" }).nullable()),
    affiliationContains: optionalText(LIST_LIMITS.affiliation, "affiliation text"),
  })
  .transform(({ name, description, kind, organizationKind, tagId, affiliationContains }, ctx) => {
    if (kind === "static") return { name, description, rule: null };
    const rule = {
      ...(organizationKind ? { organizationKind } : {}),
      ...(tagId ? { tagIds: [tagId] } : {}),
      ...(affiliationContains ? { affiliationContains } : {}),
    };
    const parsed = listRuleSchema.safeParse(rule);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", message: parsed.error.issues[0]?.message ?? "Give the smart list a condition", path: ["organizationKind"] });
      return z.NEVER;
    }
    return { name, description, rule: parsed.data };
  });
export type ListInput = z.output<typeof listFormSchema>;

export const renameListSchema = z.object({ listId: z.uuid("Unknown list"), name: listName, description: listDescription });
