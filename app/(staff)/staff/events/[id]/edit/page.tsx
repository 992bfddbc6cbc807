import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { listOrganizations, listPrograms, listVenues } from "@/lib/reference-data/queries";
import { timeZoneOptions } from "@/lib/events/time-zones";
import { toZonedInput } from "@/lib/events/time";
import { loadEvent } from "../load";
import { eventFormActions } from "../../form-actions";
import { getEventCover } from "@/lib/events/staff-queries";
import { removeCover, saveCover } from "./cover-actions";
import { CoverForm } from "./cover-form";

export const metadata: Metadata = { title: "Edit event" };

export default async function EditEventPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireStaff("editor");
  const { id } = await params;
  const { duplicated } = await searchParams;
  const event = await loadEvent(id);
  const db = getDb();
  const [venues, organizations, programs, cover] = await Promise.all([listVenues(db), listOrganizations(db), listPrograms(db), getEventCover(db, event.id)]);
  const tz = event.timeZone;
  return (
    <>
      {duplicated ? (
        <p role="status" className="mb-6 rounded-md bg-success-tint px-4 py-3 text-sm text-success">
          This is a copy, saved as a draft with the speakers and agenda. Set its date, then schedule it.
        </p>
      ) : null}
      <EventForm
        actions={eventFormActions}
        eventId={event.id}
        venues={venues}
        organizations={organizations}
        programs={programs}
        timeZones={timeZoneOptions(tz)}
        defaults={{
          title: event.title,
          slug: event.slug,
          subtitle: event.subtitle ?? "",
          summary: event.summary ?? "",
          description: event.description ?? "",
          format: event.format,
          status: event.status === "cancelled" ? "scheduled" : event.status,
          visibility: event.visibility,
          attribution: event.attribution,
          timeZone: tz,
          startsLocal: toZonedInput(event.startsAt, tz),
          endsLocal: toZonedInput(event.endsAt, tz),
          rsvpDeadlineLocal: event.rsvpDeadline ? toZonedInput(event.rsvpDeadline, tz) : "",
          venueId: event.venueId ?? "",
          programId: event.programId ?? "",
          livestreamUrl: event.livestreamUrl ?? "",
          capacity: event.capacity === null ? "" : String(event.capacity),
          reminderHoursBefore: String(event.reminderHoursBefore),
          contactEmail: event.contactEmail ?? "",
          waitlistEnabled: event.waitlistEnabled,
          plusOnesAllowed: event.plusOnesAllowed,
          askDietary: event.askDietary,
          askAccessibility: event.askAccessibility,
          announceSpeakers: event.announceSpeakers,
          cohostIds: event.cohosts.map((c) => c.organizationId),
        }}
      />
      <CoverForm eventId={event.id} cover={cover} actions={{ save: saveCover, remove: removeCover }} />
    </>
  );
}
