import type { Metadata } from "next";
import { DoorCheckIn } from "@/components/guests/door-check-in";
import { getDb } from "@/db";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { doorList } from "@/lib/invitations/check-in";
import { personCredentials, personName } from "@/lib/people/display-name";
import { loadEvent } from "../load";
import { addWalkInAction, markArrived, undoArrival } from "./actions";

export const metadata: Metadata = { title: "Check-in" };

export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const list = await doorList(getDb(), event.id);
  return (
    <DoorCheckIn
      eventId={event.id}
      timeZone={event.timeZone}
      canMark={hasRole(staff.role, "editor") && event.status !== "cancelled"}
      printHref={`/staff/events/${event.id}/check-in/print`}
      guests={list.map((g) => ({
        id: g.id,
        name: personName(g),
        credentials: personCredentials(g),
        search: [g.honorific, g.givenName, g.familyName, g.affiliation].filter(Boolean).join(" "),
        status: g.status,
        source: g.source,
        plusOneName: g.plusOneName,
        checkedInAt: g.checkedInAt?.toISOString() ?? null,
      }))}
      actions={{ mark: markArrived, undo: undoArrival, walkIn: addWalkInAction }}
    />
  );
}
