import { eventTables, invitations, people, seatAssignments } from "@/db/schema";
import type { Db } from "@/db/types";
import { makeEvent } from "@/lib/invitations/test-fixtures";

/** Guests whose names test the fonts: Norwegian, Estonian, Spanish and Arabic script. */
export const PRINT_GUESTS = [
  { honorific: "H.E. Ms.", givenName: "Ine Eriksen", familyName: "Søreide", positionTitle: "Minister of Foreign Affairs", affiliation: "Norway" },
  { honorific: "Mr.", givenName: "Jüri", familyName: "Mälksoo", positionTitle: "Ambassador", affiliation: "Permanent Mission of Estonia" },
  { honorific: "Dr.", givenName: "Ana", familyName: "Ødegård-Núñez", positionTitle: "Senior Fellow", affiliation: "International Peace Institute" },
  { honorific: "H.E. Mr.", givenName: "عبد الله", familyName: "آل نهيان", positionTitle: "Minister", affiliation: "الإمارات" },
  { honorific: "Ms.", givenName: "Declined", familyName: "Guest", positionTitle: null, affiliation: null },
] as const;

/**
 * A seated dinner as wip/seating's page leaves it: two tables (a head table
 * and table 5), four accepted guests seated, Søreide bringing a guest, and
 * one guest who declined (no badge, no seat).
 */
export async function seatedDinner(db: Db, over: Parameters<typeof makeEvent>[1] = {}) {
  const event = await makeEvent(db, { title: "Dinner in honour of the Trygve Lie Symposium", seatingEnabled: true, ...over });
  const persons = await db.insert(people).values(PRINT_GUESTS.map((p) => ({ ...p }))).returning();
  const invs = await db
    .insert(invitations)
    .values(
      persons.map((p, i) => ({
        eventId: event.id,
        personId: p.id,
        status: i === 4 ? ("declined" as const) : ("accepted" as const),
        respondedAt: new Date(),
        plusOneName: i === 0 ? "Mr. Kjetil Tronvoll" : null,
        plusOnes: i === 0 ? 1 : 0,
      })),
    )
    .returning();
  const [head, five] = await db
    .insert(eventTables)
    .values([
      { eventId: event.id, label: "Head table", seats: 6, isHead: true, position: 0 },
      { eventId: event.id, label: "5", seats: 8, position: 1 },
    ])
    .returning();
  await db.insert(seatAssignments).values([
    { eventId: event.id, tableId: head.id, seat: 1, invitationId: invs[0].id, companion: 0 },
    { eventId: event.id, tableId: head.id, seat: 2, invitationId: invs[3].id, companion: 0 },
    { eventId: event.id, tableId: five.id, seat: 1, invitationId: invs[1].id, companion: 0 },
    { eventId: event.id, tableId: five.id, seat: 2, invitationId: invs[2].id, companion: 0 },
    { eventId: event.id, tableId: five.id, seat: 3, invitationId: invs[0].id, companion: 1 },
  ]);
  return { event, invitations: invs };
}
