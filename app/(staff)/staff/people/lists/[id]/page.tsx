import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { Download, Upload, Users } from "@/components/icons/lucide";
import { ListForm } from "@/components/people/list-form";
import { Pager } from "@/components/people/pager";
import { PeopleTable } from "@/components/people/people-table";
import { RemoveMembersForm, REMOVE_FORM_ID } from "@/components/people/remove-members-form";
import { ActionForm } from "@/components/staff/action-form";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { Button, Card, CardContent, CardHeader, CardTitle, EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { countMembers, describeRule, getContactList, listMembers } from "@/lib/people/lists";
import { listTags, tagsOfPeople } from "@/lib/people/tags";
import { deleteListAction, removeMembersAction, updateListAction } from "../actions";

export const metadata: Metadata = { title: "Contact list" };

const PAGE_SIZE = 100;
type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function ListPage({ params, searchParams }: Props) {
  const staff = await requireStaff("viewer");
  const db = getDb();
  const list = await getContactList(db, (await params).id);
  if (!list) notFound();
  const query = await searchParams;
  const page = Math.min(100_000, Math.max(1, Number.parseInt(one(query.page), 10) || 1));
  const notice = one(query.notice).slice(0, 300);
  const [total, members, rule, tags] = await Promise.all([
    countMembers(db, list),
    listMembers(db, list, { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    list.smart ? describeRule(db, list.rule) : Promise.resolve(null),
    listTags(db),
  ]);
  const memberTags = await tagsOfPeople(db, members.map((m) => m.id));
  const canEdit = hasRole(staff.role, "editor");
  const base = `/staff/people/lists/${list.id}`;
  const count = `${total.toLocaleString("en-GB")} ${total === 1 ? "person" : "people"}`;
  return (
    <>
      <PageHeader
        title={list.name}
        description={
          <>
            {list.smart ? <>Smart list: {rule}.</> : "Static list: the people put in it."} {list.description}
          </>
        }
        actions={<BackLink href="/staff/people/lists">All lists</BackLink>}
      />
      {notice ? (
        <p role="status" className="mb-5 rounded-md border border-success/30 bg-success-tint px-4 py-3 text-sm text-ink">
          {notice}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="members-heading" className="min-w-0 space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id="members-heading" className="text-sm font-medium text-ink">
              {count}
            </h2>
            <div className="flex flex-wrap gap-2">
              <Button asChild variant="secondary">
                <a href={`/staff/people/export?${new URLSearchParams({ list: list.id })}`} download>
                  <Download aria-hidden="true" />
                  Export CSV
                </a>
              </Button>
              {canEdit && !list.smart ? (
                <Button asChild variant="secondary">
                  <NextLink href={`/staff/people/lists/import?${new URLSearchParams({ list: list.id })}`}>
                    <Upload aria-hidden="true" />
                    Import CSV
                  </NextLink>
                </Button>
              ) : null}
            </div>
          </div>
          {total === 0 ? (
            <EmptyState
              icon={Users}
              headingLevel="h3"
              title={list.smart ? "Nobody matches these conditions yet" : "Nobody on this list yet"}
              description={list.smart ? "Tag people, or link them to organizations of this kind, and they appear here." : "Tick people on the People page and choose “Add to list”, or import a CSV of email addresses."}
              action={
                !list.smart ? (
                  <Button asChild variant="secondary">
                    <NextLink href="/staff/people">Go to People</NextLink>
                  </Button>
                ) : null
              }
            />
          ) : (
            <>
              {canEdit && !list.smart ? <RemoveMembersForm action={removeMembersAction} listId={list.id} /> : null}
              <PeopleTable people={members} label={`Members of ${list.name}`} tags={memberTags} selectForm={canEdit && !list.smart ? REMOVE_FORM_ID : undefined} />
              <Pager page={page} pageSize={PAGE_SIZE} total={total} href={(p) => (p > 1 ? `${base}?page=${p}` : base)} />
            </>
          )}
        </section>
        {canEdit ? (
          <div className="space-y-6">
            <Card>
              <CardHeader>
                <CardTitle as="h2">{list.smart ? "Name and conditions" : "Name"}</CardTitle>
              </CardHeader>
              <CardContent>
                <ListForm
                  action={updateListAction}
                  tags={tags.map((t) => ({ id: t.id, name: t.name }))}
                  initial={{
                    listId: list.id,
                    name: list.name,
                    description: list.description ?? "",
                    kind: list.smart ? "smart" : "static",
                    organizationKind: list.rule?.organizationKind ?? "",
                    tagId: list.rule?.tagIds?.[0] ?? "",
                    affiliationContains: list.rule?.affiliationContains ?? "",
                  }}
                  submitLabel="Save"
                  pendingLabel="Saving…"
                  kindFixed
                  conditions={list.smart}
                />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle as="h2">Delete this list</CardTitle>
              </CardHeader>
              <CardContent>
                <ActionForm action={deleteListAction} fields={{ listId: list.id }} label="Delete list" pendingLabel="Deleting…" variant="danger">
                  <p className="text-sm text-muted">The people stay in the directory, with their tags; guest lists already made from it keep their guests.</p>
                </ActionForm>
              </CardContent>
            </Card>
          </div>
        ) : null}
      </div>
    </>
  );
}
