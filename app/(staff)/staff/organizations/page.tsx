import type { Metadata } from "next";
import NextLink from "next/link";
import { Building2 } from "@/components/icons/lucide";
import { OrganizationForm } from "@/components/reference-data/organization-form";
import { OrganizationsTable } from "@/components/reference-data/organizations-table";
import { ReferenceDataListLayout } from "@/components/reference-data/list-layout";
import { formatCount } from "@/components/reference-data/record-link";
import { DirectorySearch } from "@/components/people/directory-search";
import { PageHeader } from "@/components/staff/page-header";
import { Button, EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { searchOrganizations } from "@/lib/reference-data/queries";
import { createOrganizationAction } from "./actions";

export const metadata: Metadata = { title: "Organizations" };

const LIMIT = 200;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

function heading(shown: number, total: number, q: string): string {
  const noun = total === 1 ? "organization" : "organizations";
  const count = q ? `${formatCount(total)} ${noun} match “${q}”` : `${formatCount(total)} ${noun}`;
  return shown < total ? `${count}, the first ${formatCount(shown)} shown — search to narrow` : count;
}

export default async function OrganizationsPage({ searchParams }: { searchParams: SearchParams }) {
  const staff = await requireStaff("viewer");
  const q = first((await searchParams).q).trim().slice(0, 200);
  const { organizations, total } = await searchOrganizations(getDb(), { q, limit: LIMIT });
  const canEdit = hasRole(staff.role, "editor");

  let list: React.ReactNode;
  if (total === 0 && !q) {
    list = (
      <EmptyState
        icon={Building2}
        headingLevel="h3"
        title="No organizations yet"
        description={
          canEdit
            ? "Add co-hosts, partners and governments with the form on this page; events can then name them as co-hosts."
            : "An editor can add co-hosts, partners and governments; events can then name them as co-hosts."
        }
      />
    );
  } else if (total === 0) {
    list = (
      <EmptyState
        headingLevel="h3"
        title={`No organization matches “${q}”`}
        description={canEdit ? "Try part of the name or its short name, or add it with the form on this page." : "Try part of the name or its short name."}
        action={
          <Button asChild variant="secondary">
            <NextLink href="/staff/organizations">Show all organizations</NextLink>
          </Button>
        }
      />
    );
  } else {
    list = <OrganizationsTable organizations={organizations} label={q ? `Organizations matching ${q}` : "Organizations"} />;
  }

  return (
    <>
      <PageHeader title="Organizations" description="Co-hosts, partners, governments and missions the institute works with." />
      <ReferenceDataListLayout
        headingId="organizations-count"
        heading={heading(organizations.length, total, q)}
        search={<DirectorySearch action="/staff/organizations" value={q} label="Search organizations" hint="Part of the name or its short name." />}
        add={canEdit ? { title: "Add organization", description: "Each name can be in the directory once.", form: <OrganizationForm action={createOrganizationAction} /> } : null}
      >
        {list}
      </ReferenceDataListLayout>
    </>
  );
}
