import { z } from "zod";
import { EVENT_FORMATS } from "./format";
import { SLUG_PATTERN } from "./slug";

// The public archive's filters arrive in the address (a GET form that works
// without JavaScript). A value that makes no sense is dropped, not an error:
// the page shows everything it can and says which filters apply.

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v), schema.optional().catch(undefined));

export const archiveFilterSchema = z.object({
  q: optional(
    z
      .string()
      // NUL cannot be sent in PostgreSQL text (the search would fail), so it is dropped with the extra spaces.
      .transform((s) => s.normalize("NFC").replace(/\u0000/g, "").replace(/\s+/g, " ").trim().slice(0, 200))
      .pipe(z.string().min(1)),
  ),
  format: optional(z.enum(EVENT_FORMATS)),
  program: optional(z.string().regex(SLUG_PATTERN).max(80)),
  year: optional(z.coerce.number().int().min(1900).max(2200)),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});

export type ArchiveFilter = z.output<typeof archiveFilterSchema>;

export function parseArchiveFilter(params: Record<string, string | string[] | undefined>): ArchiveFilter {
  return archiveFilterSchema.parse(params);
}

/** The address of the archive with these filters (and page), for links that keep them. */
export function archiveHref(filter: Partial<ArchiveFilter>, page?: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.format) params.set("format", filter.format);
  if (filter.program) params.set("program", filter.program);
  if (filter.year) params.set("year", String(filter.year));
  if (page && page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/events?${query}` : "/events";
}

export const hasFilters = (f: ArchiveFilter) => Boolean(f.q || f.format || f.program || f.year);
