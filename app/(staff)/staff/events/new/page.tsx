import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/staff/page-header";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { listOrganizations, listPrograms, listVenues } from "@/lib/reference-data/queries";
import { defaultsForFormat } from "@/lib/events/format-defaults";
import { timeZoneOptions } from "@/lib/events/time-zones";
import { getInstituteTimeZone } from "@/lib/settings/time-zone";
import { DEFAULT_REMINDER_HOURS_BEFORE } from "@/lib/settings/institute";
import { getInstitute } from "@/lib/settings/queries";
import { eventFormActions } from "../form-actions";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requireStaff("editor");
  const db = getDb();
  const [venues, organizations, programs, timeZone, institute] = await Promise.all([listVenues(db), listOrganizations(db), listPrograms(db), getInstituteTimeZone(db), getInstitute(db)]);
  const d = defaultsForFormat("policy_forum");
  return (
    <>
      <PageHeader title="New event" description="Everything can be changed later. Save as a draft until it is ready to announce." />
      <EventForm
        actions={eventFormActions}
        venues={venues}
        organizations={organizations}
        programs={programs}
        timeZones={timeZoneOptions(timeZone)}
        defaults={{
          title: "",
          format: "policy_forum",
          status: "draft",
          visibility: d.visibility,
          attribution: d.attribution,
          // No venue is chosen yet, so the event starts in the institute's own zone.
          timeZone,
          startsLocal: "",
          endsLocal: "",
          plusOnesAllowed: d.plusOnesAllowed,
          askDietary: d.askDietary,
          askAccessibility: d.askAccessibility,
          announceSpeakers: d.announceSpeakers,
          waitlistEnabled: true,
          // The institute's default (/staff/settings).
          reminderHoursBefore: String(institute.reminderHoursBefore ?? DEFAULT_REMINDER_HOURS_BEFORE),
          cohostIds: [],
        }}
      />
    </>
  );
}
