import { and, eq } from "drizzle-orm";
import { eventTables, invitations, seatAssignments } from "@/db/schema";
import type { Db } from "@/db/types";
import { hasSeating } from "./seating-switch";

/**
 * The table of each seated, accepted guest, for the reminder email: empty
 * unless staff chose to tell guests their table ("Your table: 5").
 */
export async function tablesToTell(tx: Db, event: { id: string; tellGuestsTheirTable: boolean; seatingEnabled: boolean | null; format: string }): Promise<Map<string, string>> {
  if (!event.tellGuestsTheirTable || !hasSeating(event)) return new Map();
  const rows = await tx
    .select({ invitationId: seatAssignments.invitationId, label: eventTables.label })
    .from(seatAssignments)
    .innerJoin(eventTables, eq(eventTables.id, seatAssignments.tableId))
    .innerJoin(invitations, and(eq(invitations.id, seatAssignments.invitationId), eq(invitations.status, "accepted")))
    .where(and(eq(seatAssignments.eventId, event.id), eq(seatAssignments.companion, 0)));
  return new Map(rows.map((r) => [r.invitationId, r.label]));
}
