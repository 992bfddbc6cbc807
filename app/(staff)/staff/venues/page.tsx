import type { Metadata } from "next";
import { MapPin } from "lucide-react";
import { formatCount } from "@/components/directory/record-link";
import { VenueForm } from "@/components/directory/venue-form";
import { VenuesTable } from "@/components/directory/venues-table";
import { PageHeader } from "@/components/staff/page-header";
import { Card, CardContent, CardDescription, CardHeader, CardTitle, EmptyState } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { listVenuesWithEventCounts } from "@/lib/directory/queries";
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
      <div className={canEdit ? "grid gap-6 xl:grid-cols-[minmax(0,1fr)_24rem]" : undefined}>
        <section aria-labelledby="venues-count" className="min-w-0 space-y-3">
          <h2 id="venues-count" className="text-sm font-medium text-ink">
            {formatCount(venues.length)} {venues.length === 1 ? "venue" : "venues"}
          </h2>
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
        </section>
        {canEdit ? (
          <Card className="h-fit min-w-0">
            <CardHeader>
              <CardTitle as="h2">Add venue</CardTitle>
              <CardDescription>Name, city and time zone are needed.</CardDescription>
            </CardHeader>
            <CardContent>
              <VenueForm action={createVenueAction} timeZones={timeZoneOptions()} />
            </CardContent>
          </Card>
        ) : null}
      </div>
    </>
  );
}
