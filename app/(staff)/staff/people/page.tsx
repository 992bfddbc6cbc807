import type { Metadata } from "next";
import NextLink from "next/link";
import { Contact, Download, Plus, Upload } from "lucide-react";
import { DirectorySearch } from "@/components/people/directory-search";
import { Pager } from "@/components/people/pager";
import { PeopleTable } from "@/components/people/people-table";
import { PageHeader } from "@/components/staff/page-header";
import { Button, EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { searchPeople } from "@/lib/people/queries";

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

function listHref(q: string, page: number): string {
  const params = new URLSearchParams();
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
  const { people, total } = await searchPeople(getDb(), { q, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const canEdit = hasRole(staff.role, "editor");
  const exportHref = q ? `/staff/people/export?${new URLSearchParams({ q })}` : "/staff/people/export";

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
                {q ? <span className="sr-only"> of this search</span> : null}
              </a>
            </Button>
            {editorActions}
          </div>
        }
      />
      <div className="mb-5 max-w-2xl">
        <DirectorySearch action="/staff/people" value={q} label="Search people" hint="Part of a name, an affiliation or an email address." />
      </div>
      {total === 0 && !q ? (
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
          title={`No one matches “${q}”`}
          description="Try part of a name, an organisation or an email address, or fewer words."
          action={
            <Button asChild variant="secondary">
              <NextLink href="/staff/people">Show everyone</NextLink>
            </Button>
          }
        />
      ) : (
        <PeopleResults q={q} total={total} page={page} people={people} />
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

function PeopleResults({ q, total, page, people }: { q: string; total: number; page: number; people: Awaited<ReturnType<typeof searchPeople>>["people"] }) {
  return (
    <section aria-labelledby="people-count" className="space-y-3">
      <h2 id="people-count" className="text-sm font-medium text-ink">
        {q ? `${number.format(total)} ${total === 1 ? "person matches" : "people match"} “${q}”` : `${number.format(total)} ${total === 1 ? "person" : "people"}`}
      </h2>
      {people.length > 0 ? (
        <PeopleTable people={people} label={q ? `People matching ${q}` : "People"} />
      ) : (
        <p className="rounded-md border border-line bg-surface p-4 text-sm text-muted">
          There is no page {page}.{" "}
          <NextLink href={listHref(q, 1)} className="text-ink underline underline-offset-4">
            Go to the first page
          </NextLink>
          .
        </p>
      )}
      <Pager page={page} pageSize={PAGE_SIZE} total={total} href={(p) => listHref(q, p)} />
    </section>
  );
}
