import type { Metadata } from "next";
import NextLink from "next/link";
import { ListChecks, Upload } from "@/components/icons/lucide";
import { ListForm } from "@/components/people/list-form";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { Button, Card, CardContent, CardHeader, CardTitle, EmptyState, Table, TBody, TD, TH, THead, TR } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { describeRule, listContactLists } from "@/lib/people/lists";
import { listTags } from "@/lib/people/tags";
import { createListAction } from "./actions";

export const metadata: Metadata = { title: "Contact lists" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ListsPage({ searchParams }: Props) {
  const staff = await requireStaff("viewer");
  const raw = (await searchParams).notice;
  const notice = (Array.isArray(raw) ? raw[0] : (raw ?? "")).slice(0, 300);
  const db = getDb();
  const [lists, tags] = await Promise.all([listContactLists(db), listTags(db)]);
  const rules = await Promise.all(lists.map((l) => (l.smart ? describeRule(db, l.rule) : Promise.resolve(null))));
  const canEdit = hasRole(staff.role, "editor");
  return (
    <>
      <PageHeader
        title="Contact lists"
        description="Named groups of people to invite together. A static list holds the people you put in it; a smart list is whoever matches its conditions today."
        actions={
          <div className="flex flex-wrap gap-2">
            {canEdit ? (
              <Button asChild variant="secondary">
                <NextLink href="/staff/people/lists/import">
                  <Upload aria-hidden="true" />
                  Import tags
                </NextLink>
              </Button>
            ) : null}
            <BackLink href="/staff/people">Back to people</BackLink>
          </div>
        }
      />
      {notice ? (
        <p role="status" className="mb-5 rounded-md border border-success/30 bg-success-tint px-4 py-3 text-sm text-ink">
          {notice}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="lists-heading" className="min-w-0 space-y-3">
          <h2 id="lists-heading" className="text-sm font-medium text-ink">
            {lists.length} {lists.length === 1 ? "list" : "lists"}
          </h2>
          {lists.length === 0 ? (
            <EmptyState icon={ListChecks} headingLevel="h3" title="No lists yet" description="Make a smart list such as “All permanent missions”, or a static list for a dinner's regulars." />
          ) : (
            <Table label="Contact lists" cards>
              <THead>
                <TR>
                  <TH>List</TH>
                  <TH>Who is in it</TH>
                  <TH align="right">People</TH>
                </TR>
              </THead>
              <TBody>
                {lists.map((l, i) => (
                  <TR key={l.id}>
                    <TD card="title" className="min-w-40 font-medium">
                      <NextLink href={`/staff/people/lists/${l.id}`} className="text-ink underline decoration-ink/25 underline-offset-[0.2em] hover:decoration-ink">
                        {l.name}
                      </NextLink>
                      {l.description ? <span className="block text-[13px] font-normal text-muted">{l.description}</span> : null}
                    </TD>
                    <TD label="Who" className="min-w-48 text-muted">
                      <span className="mr-2 inline-block rounded-full border border-line-strong px-2 py-0.5 text-[12px] font-medium text-ink">{l.smart ? "Smart" : "Static"}</span>
                      {rules[i] ?? "Chosen by hand"}
                    </TD>
                    <TD label="People" align="right" className="tabular-nums">
                      {l.members.toLocaleString("en-GB")}
                    </TD>
                  </TR>
                ))}
              </TBody>
            </Table>
          )}
        </section>
        {canEdit ? (
          <Card>
            <CardHeader>
              <CardTitle as="h2">New list</CardTitle>
            </CardHeader>
            <CardContent>
              <ListForm
                action={createListAction}
                tags={tags.map((t) => ({ id: t.id, name: t.name }))}
                initial={{ name: "", description: "", kind: "static", organizationKind: "", tagId: "", affiliationContains: "" }}
                submitLabel="Create list"
                pendingLabel="Creating…"
              />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
