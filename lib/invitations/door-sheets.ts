// Pure: the printed door list, cut into A4 sheets of two columns. Forty names
// a sheet (twenty a column, read down the first column, then the second),
// each sheet with its own header, so a page that goes astray still says
// which event it is for.

export const NAMES_PER_SHEET = 40;

type Named = { honorific: string | null; givenName: string; familyName: string };

export type DoorSheet<T> = { number: number; of: number; columns: [T[], T[]] };

/** The list in sheets; an empty list still prints one sheet, with its header. */
export function doorSheets<T>(list: readonly T[], perSheet = NAMES_PER_SHEET): DoorSheet<T>[] {
  const of = Math.max(1, Math.ceil(list.length / perSheet));
  const half = Math.ceil(perSheet / 2);
  return Array.from({ length: of }, (_, i) => {
    const names = list.slice(i * perSheet, (i + 1) * perSheet);
    return { number: i + 1, of, columns: [names.slice(0, half), names.slice(half)] };
  });
}

/** Family name first, as a door list is read: "Bellato, Domenico", the honorific after ("H.E. Mr."). */
export function familyNameFirst(g: Named): { name: string; honorific: string | null } {
  return { name: `${g.familyName}, ${g.givenName}`, honorific: g.honorific?.trim() || null };
}
