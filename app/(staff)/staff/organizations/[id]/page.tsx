import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OrganizationForm } from "@/components/directory/organization-form";
import { RecordDetails } from "@/components/directory/record-details";
import { formatCount } from "@/components/directory/record-link";
import { PageHeader } from "@/components/staff/page-header";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { getOrganization } from "@/lib/directory/queries";
import { organizationKindLabel } from "@/lib/directory/schema";
import { updateOrganizationAction } from "../actions";

type Params = Promise<{ id: string }>;

// Read once per request, for the title and the page; a malformed id is null
// before it reaches the database.
const loadOrganization = cache(async (id: string) => getOrganization(getDb(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await requireStaff("viewer");
  const organization = await loadOrganization((await params).id);
  return { title: organization ? organization.name : "Organization not found" };
}

export default async function OrganizationPage({ params }: { params: Params }) {
  const staff = await requireStaff("viewer");
  const organization = await loadOrganization((await params).id);
  if (!organization) notFound();
  const canEdit = hasRole(staff.role, "editor");
  const n = organization.eventCount;

  return (
    <>
      <PageHeader
        title={organization.name}
        description={[organization.shortName, organizationKindLabel(organization.kind)].filter(Boolean).join(" · ")}
        actions={
          <Button asChild variant="ghost">
            <NextLink href="/staff/organizations">Back to organizations</NextLink>
          </Button>
        }
      />
      <Card className="max-w-3xl">
        <CardHeader>
          <CardTitle as="h2">{canEdit ? "Details" : "Details (read only)"}</CardTitle>
          <CardDescription>{n === 0 ? "Not a co-host of any event yet." : `Co-host of ${formatCount(n)} ${n === 1 ? "event" : "events"}.`}</CardDescription>
        </CardHeader>
        <CardContent>
          {canEdit ? (
            <OrganizationForm
              action={updateOrganizationAction}
              organizationId={organization.id}
              organization={{ name: organization.name, shortName: organization.shortName, kind: organization.kind, website: organization.website }}
            />
          ) : (
            <RecordDetails
              rows={[
                ["Name", organization.name],
                ["Short name", organization.shortName],
                ["Kind", organizationKindLabel(organization.kind)],
                ["Website", organization.website],
              ]}
            />
          )}
        </CardContent>
      </Card>
    </>
  );
}
