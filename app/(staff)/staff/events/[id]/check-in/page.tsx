import type { Metadata } from "next";
import { DoorCheckIn } from "@/components/door/door-check-in";
import { hasRole } from "@/lib/auth/roles";
import { requireStaff } from "@/lib/auth/session";
import { loadEvent } from "../load";
import { addWalkInAction, admitAnywayAction, markArrived, undoArrival } from "./actions";
import { doorGuests } from "./door-guests";

export const metadata: Metadata = { title: "Check-in" };

export default async function CheckInPage({ params }: { params: Promise<{ id: string }> }) {
  const staff = await requireStaff("viewer");
  const event = await loadEvent((await params).id);
  const base = `/staff/events/${event.id}/check-in`;
  return (
    <DoorCheckIn
      eventId={event.id}
      timeZone={event.timeZone}
      canMark={hasRole(staff.role, "editor") && event.status !== "cancelled"}
      links={{ print: `${base}/print`, kiosk: `${base}/kiosk` }}
      guests={await doorGuests(event)}
      actions={{ mark: markArrived, admit: admitAnywayAction, undo: undoArrival, walkIn: addWalkInAction }}
    />
  );
}
