import { RecordCard } from "@/components/reference-data/record-card";
import { formatCount } from "@/components/reference-data/record-link";
import { VenueForm } from "@/components/reference-data/venue-form";
import { BackLink } from "@/components/staff/back-link";
import { PageHeader } from "@/components/staff/page-header";
import { getVenue } from "@/lib/reference-data/queries";
import { timeZoneLabel, timeZoneOptions } from "@/lib/events/time-zones";
import { updateVenueAction } from "../actions";
import { referenceRecordRoute } from "../../record-route";

const route = referenceRecordRoute(getVenue, "Venue not found");
export const generateMetadata = route.generateMetadata;

export default async function VenuePage({ params }: { params: Promise<{ id: string }> }) {
  const { record: venue, canEdit } = await route.load(params);
  const used = venue.eventCount === 0 ? "No events here yet." : `${formatCount(venue.eventCount)} ${venue.eventCount === 1 ? "event" : "events"} here.`;

  return (
    <>
      <PageHeader
        title={venue.name}
        description={[venue.city, venue.country].filter(Boolean).join(", ")}
        actions={<BackLink href="/staff/venues">Back to venues</BackLink>}
      />
      <RecordCard
        canEdit={canEdit}
        description={
          <>
            {used} {canEdit && venue.eventCount > 0 ? "Each event keeps its own time zone, so changing this one does not move them." : null}
          </>
        }
        form={
          <VenueForm
            action={updateVenueAction}
            timeZones={timeZoneOptions(venue.timeZone)}
            venueId={venue.id}
            venue={{ name: venue.name, address: venue.address, city: venue.city, country: venue.country, timeZone: venue.timeZone, capacity: venue.capacity }}
          />
        }
        details={[
          ["Name", venue.name],
          ["Address", venue.address],
          ["City", venue.city],
          ["Country", venue.country],
          ["Time zone", timeZoneLabel(venue.timeZone)],
          ["Capacity", venue.capacity === null ? null : formatCount(venue.capacity)],
        ]}
      />
    </>
  );
}
