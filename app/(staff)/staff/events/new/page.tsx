import type { Metadata } from "next";
import { EventForm } from "@/components/events/event-form";
import { PageHeader } from "@/components/staff/page-header";
import { getDb } from "@/db";
import { requireStaff } from "@/lib/auth/session";
import { listOrganizations, listPrograms, listVenues } from "@/lib/reference-data/queries";
import { defaultsForFormat } from "@/lib/events/format-defaults";
import { timeZoneOptions } from "@/lib/events/time-zones";
import { eventFormActions } from "../form-actions";

export const metadata: Metadata = { title: "New event" };

export default async function NewEventPage() {
  await requireStaff("editor");
  const db = getDb();
  const [venues, organizations, programs] = await Promise.all([listVenues(db), listOrganizations(db), listPrograms(db)]);
  const d = defaultsForFormat("policy_forum");
  return (
    <>
      <PageHeader title="New event" description="Everything can be changed later. Save as a draft until it is ready to announce." />
      <EventForm
        actions={eventFormActions}
        venues={venues}
        organizations={organizations}
        programs={programs}
        timeZones={timeZoneOptions()}
        defaults={{
          title: "",
          format: "policy_forum",
          status: "draft",
          visibility: d.visibility,
          attribution: d.attribution,
          timeZone: venues[0]?.timeZone ?? "America/New_York",
          startsLocal: "",
          endsLocal: "",
          plusOnesAllowed: d.plusOnesAllowed,
          askDietary: d.askDietary,
          askAccessibility: d.askAccessibility,
          announceSpeakers: d.announceSpeakers,
          waitlistEnabled: true,
          reminderHoursBefore: "48",
          cohostIds: [],
        }}
      />
    </>
  );
}
