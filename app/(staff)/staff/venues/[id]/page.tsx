import type { Metadata } from "next";
import NextLink from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { formatCount } from "@/components/directory/record-link";
import { RecordDetails } from "@/components/directory/record-details";
import { VenueForm } from "@/components/directory/venue-form";
import { PageHeader } from "@/components/staff/page-header";
import { Button, Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { getVenue } from "@/lib/directory/queries";
import { timeZoneLabel, timeZoneOptions } from "@/lib/events/time-zones";
import { updateVenueAction } from "../actions";

type Params = Promise<{ id: string }>;

// Read once per request, for the title and the page; getVenue turns a
// malformed id into null before it reaches the database.
const loadVenue = cache(async (id: string) => getVenue(getDb(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  await requireStaff("viewer");
  const venue = await loadVenue((await params).id);
  return { title: venue ? venue.name : "Venue not found" };
}

export default async function VenuePage({ params }: { params: Params }) {
  const staff = await requireStaff("viewer");
  const venue = await loadVenue((await params).id);
  if (!venue) notFound();
  const canEdit = hasRole(staff.role, "editor");
  const used = venue.eventCount === 0 ? "No events here yet." : `${formatCount(venue.eventCount)} ${venue.eventCount === 1 ? "event" : "events"} here.`;

  return (
    <>
      <PageHeader
        title={venue.name}
        description={[venue.city, venue.country].filter(Boolean).join(", ")}
        actions={
          <Button asChild variant="ghost">
            <NextLink href="/staff/venues">Back to venues</NextLink>
          </Button>
        }
      />
      <Card className="max-w-3xl">
        <CardHeader>
          <CardTitle as="h2">{canEdit ? "Details" : "Details (read only)"}</CardTitle>
          <CardDescription>
            {used} {canEdit && venue.eventCount > 0 ? "Each event keeps its own time zone, so changing this one does not move them." : null}
          </CardDescription>
        </CardHeader>
        <CardContent>
          {canEdit ? (
            <VenueForm
              action={updateVenueAction}
              timeZones={timeZoneOptions(venue.timeZone)}
              venueId={venue.id}
              venue={{ name: venue.name, address: venue.address, city: venue.city, country: venue.country, timeZone: venue.timeZone, capacity: venue.capacity }}
            />
          ) : (
            <RecordDetails
              rows={[
                ["Name", venue.name],
                ["Address", venue.address],
                ["City", venue.city],
                ["Country", venue.country],
                ["Time zone", timeZoneLabel(venue.timeZone)],
                ["Capacity", venue.capacity === null ? null : formatCount(venue.capacity)],
              ]}
            />
          )}
        </CardContent>
      </Card>
    </>
  );
}
