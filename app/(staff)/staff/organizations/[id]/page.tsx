import { OrganizationForm } from "@/components/reference-data/organization-form";
import { RecordCard } from "@/components/reference-data/record-card";
import { formatCount } from "@/components/reference-data/record-link";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { getOrganization } from "@/lib/reference-data/queries";
import { organizationKindLabel } from "@/lib/reference-data/schema";
import { updateOrganizationAction } from "../actions";
import { referenceRecordRoute } from "../../record-route";

const route = referenceRecordRoute(getOrganization, "Organization not found");
export const generateMetadata = route.generateMetadata;

export default async function OrganizationPage({ params }: { params: Promise<{ id: string }> }) {
  const { record: organization, canEdit } = await route.load(params);
  const n = organization.eventCount;

  return (
    <>
      <PageHeader
        title={organization.name}
        description={[organization.shortName, organizationKindLabel(organization.kind)].filter(Boolean).join(" · ")}
        actions={<BackLink href="/staff/organizations">Back to organizations</BackLink>}
      />
      <RecordCard
        canEdit={canEdit}
        description={n === 0 ? "Not a co-host of any event yet." : `Co-host of ${formatCount(n)} ${n === 1 ? "event" : "events"}.`}
        form={
          <OrganizationForm
            action={updateOrganizationAction}
            organizationId={organization.id}
            organization={{ name: organization.name, shortName: organization.shortName, kind: organization.kind, website: organization.website }}
          />
        }
        details={[
          ["Name", organization.name],
          ["Short name", organization.shortName],
          ["Kind", organizationKindLabel(organization.kind)],
          ["Website", organization.website],
        ]}
      />
    </>
  );
}
