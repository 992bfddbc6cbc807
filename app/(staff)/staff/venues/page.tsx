import type { Metadata } from "next";
import { MapPin } from "@/components/icons/lucide";
import { ReferenceDataListLayout } from "@/components/reference-data/list-layout";
import { formatCount } from "@/components/reference-data/record-link";
import { VenueForm } from "@/components/reference-data/venue-form";
import { VenuesTable } from "@/components/reference-data/venues-table";
import { PageHeader } from "@/components/staff/page-header";
import { EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listVenuesWithEventCounts } from "@/lib/reference-data/queries";
import { timeZoneOptions } from "@/lib/events/time-zones";
import { createVenueAction } from "./actions";

export const metadata: Metadata = { title: "Venues" };

export default async function VenuesPage() {
  const staff = await requireStaff("viewer");
  const venues = await listVenuesWithEventCounts(getDb());
  const canEdit = hasRole(staff.role, "editor");

  return (
    <>
      <PageHeader title="Venues" description="Where the institute meets: each venue with its city, time zone and seats." />
      <ReferenceDataListLayout
        headingId="venues-count"
        heading={`${formatCount(venues.length)} ${venues.length === 1 ? "venue" : "venues"}`}
        add={canEdit ? { title: "Add venue", description: "Name, city and time zone are needed.", form: <VenueForm action={createVenueAction} timeZones={timeZoneOptions()} /> } : null}
      >
        {venues.length === 0 ? (
          <EmptyState
            icon={MapPin}
            headingLevel="h3"
            title="No venues yet"
            description={canEdit ? "Add the first one with the form on this page; events can then be placed there." : "An editor can add venues; events can then be placed there."}
          />
        ) : (
          <VenuesTable venues={venues} />
        )}
      </ReferenceDataListLayout>
    </>
  );
}
