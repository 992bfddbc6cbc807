// Pure: what each printed document says, and how it falls on A4 pages.
// The documents (lib/print/documents/*) only set these words in type.

import { personCredentials, personName, sortKey, type NamedPerson } from "@/lib/people/display-name";

export type PrintGuest = NamedPerson & { invitationId: string; checkInCode: string | null; plusOneName: string | null };

export type PrintSeat = { seat: number; companion: number; guest: PrintGuest };

export type PrintTable = { id: string; label: string; isHead: boolean; seats: number; position: number; assigned: PrintSeat[] };

/** One line of a table's page, in seat order: "3  H.E. Ms. Ine Eriksen Søreide — Minister of Foreign Affairs, Norway". */
export type SeatLine = { seat: number; name: string; credentials: string };

/** "Table 5" for a numbered table; a named one ("Head table", "Hammarskjöld") keeps its name. */
export function tableName(label: string): string {
  const clean = label.trim();
  return /^\d+[a-z]?$/i.test(clean) ? `Table ${clean}` : clean;
}

/** Who sits in a seat: the guest, or the person they bring (named when the guest gave a name). */
export function seatHolder(s: Pick<PrintSeat, "companion" | "guest">): { name: string; credentials: string } {
  if (s.companion === 0) return { name: personName(s.guest), credentials: personCredentials(s.guest) };
  const host = personName(s.guest);
  return s.guest.plusOneName?.trim() ? { name: s.guest.plusOneName.trim(), credentials: `Guest of ${host}` } : { name: `Guest of ${host}`, credentials: "" };
}

/** Tables as the plan prints them: the head table first, then by position; seats in order. */
export function tablePlan(tables: PrintTable[]): { table: PrintTable; name: string; lines: SeatLine[]; empty: number }[] {
  return [...tables]
    .sort((a, b) => Number(b.isHead) - Number(a.isHead) || a.position - b.position || a.label.localeCompare(b.label, "en", { numeric: true }))
    .map((table) => {
      const lines = [...table.assigned].sort((a, b) => a.seat - b.seat).map((s) => ({ seat: s.seat, ...seatHolder(s) }));
      return { table, name: tableName(table.label), lines, empty: Math.max(0, table.seats - lines.length) };
    });
}

/** Everyone seated, by family name, with their table: the escort cards and the place cards. */
export function seatedGuests(tables: PrintTable[]): { name: string; sortKey: string; credentials: string; table: string }[] {
  const rows = tables.flatMap((t) =>
    t.assigned.map((s) => {
      const holder = seatHolder(s);
      // A plus-one given by name sorts by its last word, taken as the family name.
      const words = holder.name.split(" ");
      const key = s.companion === 0 ? sortKey(s.guest) : sortKey({ givenName: words.slice(0, -1).join(" "), familyName: words.at(-1) ?? "" });
      return { ...holder, sortKey: key, table: tableName(t.label) };
    }),
  );
  return rows.sort((a, b) => a.sortKey.localeCompare(b.sortKey, "en"));
}

/** Items laid out `perPage` to an A4 page. */
export function pages<T>(items: T[], perPage: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += perPage) out.push(items.slice(i, i + perPage));
  return out;
}

/** Four A6 badges to an A4 page: A6 is the common badge holder's insert, and a name reads across a room at that size. */
export const BADGES_PER_PAGE = 4;
/** Two tent cards to an A4 page (each half A4, folded once). */
export const PLACE_CARDS_PER_PAGE = 2;
/** Eight escort cards (105 × 74 mm) to an A4 page. */
export const ESCORT_CARDS_PER_PAGE = 8;

/**
 * A name set on a card of a given width shrinks so the longest names
 * ("H.E. Mr. Sheikh Abdullah bin Zayed Al Nahyan") fit on one or two lines
 * rather than breaking mid-word. Approximate: Noto Sans averages ~0.55 em a character.
 */
export function fittedFontSize(text: string, widthPt: number, maxPt: number, minPt: number, lines = 1): number {
  const perLine = Math.max(1, Math.ceil(text.length / lines));
  const size = widthPt / (perLine * 0.55);
  return Math.round(Math.max(minPt, Math.min(maxPt, size)));
}
