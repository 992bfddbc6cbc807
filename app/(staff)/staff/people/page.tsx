import type { Metadata } from "next";
import NextLink from "next/link";
import { Contact, Download, List, Plus, Upload } from "@/components/icons/lucide";
import { BULK_FORM_ID, PeopleBulkForm } from "@/components/people/bulk-form";
import { PeopleFilters, type FilterChoices } from "@/components/people/people-filters";
import { DirectorySearch } from "@/components/people/directory-search";
import { Pager } from "@/components/people/pager";
import { PeopleTable } from "@/components/people/people-table";
import { PageHeader } from "@/components/staff/page-header";
import { Button, EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { searchPeople } from "@/lib/people/queries";
import { ORGANIZATION_KINDS } from "@/lib/reference-data/schema";
import { parseId } from "@/lib/ids";
import { listContactListNames, peopleFilterCondition, type PeopleFilter } from "@/lib/people/lists";
import { listTags, tagsOfPeople } from "@/lib/people/tags";
import { bulkPeopleAction } from "./actions";

export const metadata: Metadata = { title: "People" };

const PAGE_SIZE = 50;
const number = new Intl.NumberFormat("en-GB");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function pageFrom(raw: string): number {
  const n = Number(raw);
  // Anything odd in the address ("?page=abc", "?page=-3", a huge number) is page 1, not an error.
  return Number.isSafeInteger(n) && n >= 1 && n <= 100_000 ? n : 1;
}

type Filters = { tag: string; list: string; kind: string };

function filtersFrom(params: Record<string, string | string[] | undefined>): Filters & { filter: PeopleFilter } {
  const tag = parseId(first(params.tag)) ?? "";
  const list = parseId(first(params.list)) ?? "";
  const rawKind = first(params.kind);
  const kind = (ORGANIZATION_KINDS as readonly string[]).includes(rawKind) ? rawKind : "";
  return { tag, list, kind, filter: { tagId: tag || undefined, listId: list || undefined, organizationKind: (kind || undefined) as PeopleFilter["organizationKind"] } };
}

function filterParams(f: Filters): Record<string, string> {
  return Object.fromEntries(Object.entries({ tag: f.tag, list: f.list, kind: f.kind }).filter(([, v]) => v));
}

function listHref(q: string, page: number, f: Filters): string {
  const params = new URLSearchParams(filterParams(f));
  if (q) params.set("q", q);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/staff/people?${query}` : "/staff/people";
}

export default async function PeoplePage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff("viewer");
  const params = await searchParams;
  const q = first(params.q).trim().slice(0, 200);
  const page = pageFrom(first(params.page));
  const filters = filtersFrom(params);
  const db = getDb();
  const [filter, allTags, lists] = await Promise.all([peopleFilterCondition(db, filters.filter), listTags(db), listContactListNames(db)]);
  const { people, total, more, hasNext } = await searchPeople(db, { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, filter });
  const tags = await tagsOfPeople(db, people.map((p) => p.id));
  const canEdit = hasRole(staff.role, "editor");
  const filtered = Object.keys(filterParams(filters)).length > 0;
  const exportQuery = new URLSearchParams({ ...(q ? { q } : {}), ...filterParams(filters) }).toString();
  const exportHref = exportQuery ? `/staff/people/export?${exportQuery}` : "/staff/people/export";
  const choices: FilterChoices = { tags: allTags, lists: lists.map((l) => ({ id: l.id, name: l.name })) };

  const editorActions = canEdit ? <EditorActions /> : null;

  return (
    <>
      <PageHeader
        title="People"
        description="Everyone the institute invites, hears from or works with: speakers, guests and partners."
        actions={
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <a href={exportHref} download>
                <Download aria-hidden="true" />
                Export CSV
                {q || filtered ? <span className="sr-only"> of this search</span> : null}
              </a>
            </Button>
            <Button asChild variant="secondary">
              <NextLink href="/staff/people/lists">
                <List aria-hidden="true" />
                Lists
              </NextLink>
            </Button>
            {editorActions}
          </div>
        }
      />
      <div className="mb-5 max-w-2xl">
        <DirectorySearch action="/staff/people" value={q} label="Search people" hint="Part of a name, an affiliation or an email address." keep={filterParams(filters)} />
      </div>
      <PeopleFilters q={q} tag={filters.tag} list={filters.list} kind={filters.kind} choices={choices} />
      {total === 0 && !q && !filtered ? (
        <EmptyState
          icon={Contact}
          headingLevel="h2"
          title="No people yet — add one or import a CSV"
          description="Speakers and guests come from this directory. Start with the people you already have in a spreadsheet."
          action={editorActions}
        />
      ) : total === 0 ? (
        <EmptyState
          headingLevel="h2"
          title={q ? `No one matches “${q}”` : "No one matches these filters"}
          description="Try part of a name, an organisation or an email address, or fewer words."
          action={
            <Button asChild variant="secondary">
              <NextLink href="/staff/people">Show everyone</NextLink>
            </Button>
          }
        />
      ) : (
        <>
          {canEdit ? <PeopleBulkForm action={bulkPeopleAction} tags={allTags.map((t) => ({ id: t.id, name: t.name }))} lists={lists.filter((l) => !l.smart).map((l) => ({ id: l.id, name: l.name }))} /> : null}
          <PeopleResults q={q} total={total} more={more} hasNext={hasNext} page={page} people={people} filters={filters} tags={tags} selectable={canEdit} />
        </>
      )}
    </>
  );
}

function EditorActions() {
  return (
    <>
      <Button asChild variant="secondary">
        <NextLink href="/staff/people/import">
          <Upload aria-hidden="true" />
          Import CSV
        </NextLink>
      </Button>
      <Button asChild variant="primary">
        <NextLink href="/staff/people/new">
          <Plus aria-hidden="true" />
          Add person
        </NextLink>
      </Button>
    </>
  );
}

function PeopleResults({
  q,
  total,
  more,
  hasNext,
  page,
  people,
  filters,
  tags,
  selectable,
}: {
  q: string;
  total: number;
  more: boolean;
  hasNext: boolean;
  page: number;
  people: Awaited<ReturnType<typeof searchPeople>>["people"];
  filters: Filters;
  tags: Awaited<ReturnType<typeof tagsOfPeople>>;
  selectable: boolean;
}) {
  return (
    <section aria-labelledby="people-count" className="space-y-3">
      <h2 id="people-count" className="text-sm font-medium text-ink">
        {more
          ? q
            ? `More than ${number.format(total)} people match “${q}”`
            : `More than ${number.format(total)} people`
          : q
            ? `${number.format(total)} ${total === 1 ? "person matches" : "people match"} “${q}”`
            : `${number.format(total)} ${total === 1 ? "person" : "people"}`}
        {Object.keys(filterParams(filters)).length ? " (filtered)" : ""}
      </h2>
      {people.length > 0 ? (
        <PeopleTable people={people} label={q ? `People matching ${q}` : "People"} tags={tags} selectForm={selectable ? BULK_FORM_ID : undefined} />
      ) : (
        <p className="rounded-md border border-line bg-surface p-4 text-sm text-muted">
          There is no page {page}.{" "}
          <NextLink href={listHref(q, 1, filters)} className="text-ink underline underline-offset-4">
            Go to the first page
          </NextLink>
          .
        </p>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={total} more={more} hasNext={hasNext} shown={people.length} href={(p) => listHref(q, p, filters)} />
    </section>
  );
}
