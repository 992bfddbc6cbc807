import "server-only";
import { getDb } from "@/db";
import type { DoorGuest } from "@/components/door/door-check-in";
import { doorList, type DoorOrder } from "@/lib/invitations/check-in";
import { doorStanding, expectedAtTheDoor } from "@/lib/invitations/door-standing";
import { personCredentials, personName } from "@/lib/people/display-name";

/** The door's list as the tablet holds it: names, answers in words, arrivals. */
export async function doorGuests(event: { id: string; timeZone: string }, order: DoorOrder = "name"): Promise<DoorGuest[]> {
  const list = await doorList(getDb(), event.id, order);
  return list.map((g) => ({
    id: g.id,
    name: personName(g),
    credentials: personCredentials(g),
    search: [g.honorific, g.givenName, g.familyName, g.affiliation].filter(Boolean).join(" "),
    expected: expectedAtTheDoor(g.status),
    standing: doorStanding(g, event.timeZone),
    status: g.status,
    source: g.source,
    plusOneName: g.plusOneName,
    checkedInAt: g.checkedInAt?.toISOString() ?? null,
    checkInNote: g.checkInNote,
  }));
}
