import { and, asc, eq } from "drizzle-orm";
import { eventTables, invitations, people, seatAssignments } from "@/db/schema";
import type { Db } from "@/db/types";
import { namedPersonColumns } from "@/lib/people/queries";
import { getInstitute, getInstituteLogo } from "@/lib/settings/queries";
import type { PrintLogo } from "./documents/shared";
import { sortKey } from "@/lib/people/display-name";
import type { PrintGuest, PrintTable } from "./layout";

const guestColumns = {
  invitationId: invitations.id,
  checkInCode: invitations.checkInCode,
  plusOneName: invitations.plusOneName,
  ...namedPersonColumns,
};

/** The tables of the event's plan with who sits where (the rows wip/seating writes), for the printed plan and cards. */
export async function printTables(db: Db, eventId: string): Promise<PrintTable[]> {
  const [tables, seats] = await Promise.all([
    db.select().from(eventTables).where(eq(eventTables.eventId, eventId)).orderBy(asc(eventTables.position)),
    db
      .select({ tableId: seatAssignments.tableId, seat: seatAssignments.seat, companion: seatAssignments.companion, ...guestColumns })
      .from(seatAssignments)
      .innerJoin(invitations, eq(invitations.id, seatAssignments.invitationId))
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(and(eq(seatAssignments.eventId, eventId), eq(invitations.eventId, eventId))),
  ]);
  return tables.map((t) => ({
    id: t.id,
    label: t.label,
    isHead: t.isHead,
    seats: t.seats,
    position: t.position,
    assigned: seats.filter((s) => s.tableId === t.id).map((s) => ({ seat: s.seat, companion: s.companion, guest: { invitationId: s.invitationId, checkInCode: s.checkInCode, plusOneName: s.plusOneName, honorific: s.honorific, givenName: s.givenName, familyName: s.familyName, positionTitle: s.positionTitle, affiliation: s.affiliation } })),
  }));
}

/** The guests expected at the event (accepted, walk-ins included), by family name: the badges. */
export async function expectedGuests(db: Db, eventId: string): Promise<PrintGuest[]> {
  const rows = await db
    .select(guestColumns)
    .from(invitations)
    .innerJoin(people, eq(people.id, invitations.personId))
    .where(and(eq(invitations.eventId, eventId), eq(invitations.status, "accepted")));
  return rows.sort((a, b) => sortKey(a).localeCompare(sortKey(b), "en"));
}

export type PrintEvent = { id: string; title: string; slug: string; startsAt: Date; endsAt: Date; timeZone: string; attribution: string };

export async function printContext(db: Db, event: PrintEvent) {
  const [institute, logo] = await Promise.all([getInstitute(db), getInstituteLogo(db)]);
  return { event, institute: { name: institute.name, shortName: institute.shortName }, logo: printLogo(logo) };
}

/** The settings' logo as a data address a PDF can draw: PNG and JPEG only, with its proportions (square when unknown). */
export function printLogo(logo: Awaited<ReturnType<typeof getInstituteLogo>>): PrintLogo {
  if (!logo || (logo.contentType !== "image/png" && logo.contentType !== "image/jpeg")) return null;
  return {
    src: `data:${logo.contentType};base64,${Buffer.from(logo.bytes).toString("base64")}`,
    width: logo.width ?? 1,
    height: logo.height ?? 1,
  };
}

export type PrintContext = Awaited<ReturnType<typeof printContext>>;
