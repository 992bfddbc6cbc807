import NextLink from "next/link";
import { ORGANIZATION_KINDS } from "@/lib/reference-data/schema";
import { Button, Select } from "@/components/ui";
import { organizationKindLabel } from "@/lib/reference-data/schema";

export type FilterChoices = { tags: { id: string; name: string; people: number }[]; lists: { id: string; name: string }[] };

/** Narrow the directory by tag, list and kind of organization: a GET form, so a filtered view is a link. */
export function PeopleFilters({ q, tag, list, kind, choices }: { q: string; tag: string; list: string; kind: string; choices: FilterChoices }) {
  const active = Boolean(tag || list || kind);
  return (
    <form action="/staff/people" aria-label="Filter people" className="mb-5 flex flex-wrap items-end gap-3">
      {q ? <input type="hidden" name="q" value={q} /> : null}
      <Filter id="filter-tag" label="Tag">
        <Select id="filter-tag" name="tag" defaultValue={tag}>
          <option value="">Any tag</option>
          {choices.tags.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.people.toLocaleString("en-GB")})
            </option>
          ))}
        </Select>
      </Filter>
      <Filter id="filter-list" label="List">
        <Select id="filter-list" name="list" defaultValue={list}>
          <option value="">Any list</option>
          {choices.lists.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </Select>
      </Filter>
      <Filter id="filter-kind" label="Organization kind">
        <Select id="filter-kind" name="kind" defaultValue={kind}>
          <option value="">Any kind</option>
          {ORGANIZATION_KINDS.map((k) => (
            <option key={k} value={k}>
              {organizationKindLabel(k)}
            </option>
          ))}
        </Select>
      </Filter>
      <div className="flex gap-2">
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {active ? (
          <Button asChild variant="ghost">
            <NextLink href={q ? `/staff/people?${new URLSearchParams({ q })}` : "/staff/people"}>Clear filters</NextLink>
          </Button>
        ) : null}
      </div>
    </form>
  );
}

function Filter({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex w-full flex-col gap-1.5 sm:w-48">
      <label htmlFor={id} className="text-sm font-medium text-ink">
        {label}
      </label>
      {children}
    </div>
  );
}
