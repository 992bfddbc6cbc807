import "server-only";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { auditLog, eventTables, events, invitations, people, seatAssignments } from "@/db/schema";
import type { Db } from "@/db/types";
import { personName } from "@/lib/people/display-name";
import { loadPlanGuests, type PlanRow } from "./plan-rows";
import { withReasons, type PrecedenceClass } from "./precedence";
import type { SeatingRole } from "./plan";

import { hasSeating } from "./seating-switch";

export type Occupant = {
  invitationId: string;
  companion: number;
  name: string;
  /** "Plus-one of Amb. Lindqvist", "Host", "Guest of honour", or the rank. */
  note: string | null;
  seatingRole: SeatingRole | null;
};

export type PlanTableView = {
  id: string;
  label: string;
  shape: "round" | "long";
  seats: number;
  isHead: boolean;
  position: number;
  places: { seat: number; occupant: Occupant | null }[];
};

export type Departure = { invitationId: string; name: string; status: string; respondedAt: Date | null; tableLabel: string; seat: number; plusOne: boolean };

export type RankedGuest = PlanRow & { reason: string | null; place: number };

/** "Table 5" for a numbered table, else its own name ("Head table", "Hammarskjöld"). */
export const tableName = (label: string) => (/^\d+$/.test(label) ? `Table ${label}` : label);

export type SeatingPlanView = {
  eventId: string;
  version: number;
  seatingEnabled: boolean;
  tellGuestsTheirTable: boolean;
  tables: PlanTableView[];
  unseated: Occupant[];
  departed: Departure[];
  /** The accepted guests in the event's order of precedence, with why each follows the one before. */
  order: RankedGuest[];
  lastProtocol: { at: Date; explanations: string[] } | null;
  seatsTotal: number;
  placesNeeded: number;
};

function occupantOf(g: PlanRow, companion: number): Occupant {
  if (companion === 0) return { invitationId: g.id, companion, name: g.name, note: g.seatingRole === "host" ? "Host" : g.seatingRole === "guest_of_honour" ? "Guest of honour" : null, seatingRole: g.seatingRole };
  return { invitationId: g.id, companion, name: g.plusOneName && companion === 1 ? g.plusOneName : `Guest of ${g.name}`, note: `Plus-one of ${g.name}`, seatingRole: null };
}

export async function getSeatingPlan(db: Db, eventId: string): Promise<SeatingPlanView | null> {
  const [event] = await db
    .select({ id: events.id, format: events.format, seatingEnabled: events.seatingEnabled, version: events.seatingVersion, tell: events.tellGuestsTheirTable })
    .from(events)
    .where(eq(events.id, eventId));
  if (!event) return null;
  const [tables, guests, assignments, lastRun] = await Promise.all([
    db.select().from(eventTables).where(eq(eventTables.eventId, eventId)).orderBy(desc(eventTables.isHead), asc(eventTables.position), asc(eventTables.label)),
    loadPlanGuests(db, eventId),
    db.select().from(seatAssignments).where(eq(seatAssignments.eventId, eventId)),
    db
      .select({ at: auditLog.at, after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.eventId, eventId), eq(auditLog.action, "seating.seated_by_protocol")))
      .orderBy(desc(auditLog.id))
      .limit(1),
  ]);
  const byId = new Map(guests.map((g) => [g.id, g]));
  const seated = new Set<string>();
  const bySeat = new Map<string, Occupant>();
  const staleIds: string[] = [];
  const stale: (typeof assignments)[number][] = [];
  for (const a of assignments) {
    const g = byId.get(a.invitationId);
    if (!g || a.companion > g.plusOnes) {
      stale.push(a);
      staleIds.push(a.invitationId);
      continue;
    }
    seated.add(`${a.invitationId}/${a.companion}`);
    bySeat.set(`${a.tableId}/${a.seat}`, occupantOf(g, a.companion));
  }
  const labelOf = new Map(tables.map((t) => [t.id, t.label]));
  const departed: Departure[] = [];
  if (stale.length) {
    const rows = await db
      .select({ id: invitations.id, status: invitations.status, respondedAt: invitations.respondedAt, honorific: people.honorific, givenName: people.givenName, familyName: people.familyName })
      .from(invitations)
      .innerJoin(people, eq(people.id, invitations.personId))
      .where(inArray(invitations.id, [...new Set(staleIds)]));
    const info = new Map(rows.map((r) => [r.id, r]));
    for (const a of stale) {
      const r = info.get(a.invitationId);
      if (!r) continue;
      // A guest who is no longer coming takes their plus-ones along: one line says it.
      if (a.companion > 0 && r.status !== "accepted") continue;
      departed.push({ invitationId: a.invitationId, name: personName(r), status: r.status, respondedAt: r.respondedAt, tableLabel: tableName(labelOf.get(a.tableId) ?? "a table"), seat: a.seat, plusOne: a.companion > 0 });
    }
  }
  const ranked = withReasons(guests);
  const unseated: Occupant[] = [];
  for (const { guest } of ranked) {
    for (let c = 0; c <= guest.plusOnes; c++) if (!seated.has(`${guest.id}/${c}`)) unseated.push(occupantOf(guest, c));
  }
  const after = (lastRun[0]?.after ?? null) as { explanations?: unknown } | null;
  return {
    eventId,
    version: event.version,
    seatingEnabled: hasSeating(event),
    tellGuestsTheirTable: event.tell,
    tables: tables.map((t) => ({
      id: t.id,
      label: t.label,
      shape: t.shape,
      seats: t.seats,
      isHead: t.isHead,
      position: t.position,
      places: Array.from({ length: t.seats }, (_, i) => ({ seat: i + 1, occupant: bySeat.get(`${t.id}/${i + 1}`) ?? null })),
    })),
    unseated,
    departed,
    order: ranked.map(({ guest, reason }, i) => ({ ...guest, reason, place: i + 1 })),
    lastProtocol: lastRun[0] && Array.isArray(after?.explanations) ? { at: lastRun[0].at, explanations: after.explanations.map(String) } : null,
    seatsTotal: tables.reduce((s, t) => s + t.seats, 0),
    placesNeeded: guests.reduce((s, g) => s + 1 + g.plusOnes, 0),
  };
}

/** The table (and seat) of a guest, for the guest's page and the reminder, when staff chose to tell guests. */
export async function guestTable(db: Db, invitationId: string): Promise<{ tableLabel: string; seat: number } | null> {
  const [row] = await db
    .select({ tableLabel: eventTables.label, seat: seatAssignments.seat, tell: events.tellGuestsTheirTable, status: invitations.status, seatingEnabled: events.seatingEnabled, format: events.format })
    .from(seatAssignments)
    .innerJoin(eventTables, eq(eventTables.id, seatAssignments.tableId))
    .innerJoin(invitations, eq(invitations.id, seatAssignments.invitationId))
    .innerJoin(events, eq(events.id, seatAssignments.eventId))
    .where(and(eq(seatAssignments.invitationId, invitationId), eq(seatAssignments.companion, 0)));
  if (!row || !row.tell || row.status !== "accepted" || !hasSeating(row)) return null;
  return { tableLabel: row.tableLabel, seat: row.seat };
}

/**
 * The table to show on a guest's page: read only where there is one to tell
 * (a seated guest, at an event with seating whose staff chose to tell guests);
 * most events tell no one, and then nothing is read.
 */
export async function tableToTell(
  db: Db,
  guest: { id: string; status: string; event: { tellGuestsTheirTable: boolean } & Parameters<typeof hasSeating>[0] },
): Promise<{ tableLabel: string; seat: number } | null> {
  return guest.status === "accepted" && guest.event.tellGuestsTheirTable && hasSeating(guest.event) ? guestTable(db, guest.id) : null;
}

export type { PrecedenceClass };
