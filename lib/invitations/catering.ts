import { personName, sortKey, type NamedPerson } from "@/lib/people/display-name";

export type CateringGuest = NamedPerson & { dietary: string | null; plusOneName: string | null };

export type CateringSummary = {
  /** Covers to lay: accepted guests and the people they bring. */
  covers: number;
  /** Each need as written (grouped regardless of case and spacing), with the names behind it, most common first. */
  needs: { need: string; count: number; names: string[] }[];
  /** Covers with no need stated. */
  noNeeds: number;
};

const key = (s: string) => s.normalize("NFKC").replace(/\s+/g, " ").trim().replace(/[.;]+$/, "").toLowerCase();

/** For the caterer: counts by dietary need and the names behind each, from the accepted guests. */
export function cateringSummary(guests: readonly CateringGuest[]): CateringSummary {
  const groups = new Map<string, { need: string; names: { name: string; sort: string }[] }>();
  let covers = 0;
  let withNeeds = 0;
  for (const g of guests) {
    covers += g.plusOneName ? 2 : 1;
    const need = g.dietary?.trim();
    if (!need) continue;
    withNeeds += 1;
    const k = key(need);
    const group = groups.get(k) ?? { need: need.replace(/[.;]+$/, ""), names: [] };
    group.names.push({ name: personName(g), sort: sortKey(g) });
    groups.set(k, group);
  }
  const needs = [...groups.values()]
    .map((g) => ({ need: g.need.charAt(0).toUpperCase() + g.need.slice(1), count: g.names.length, names: g.names.sort((a, b) => a.sort.localeCompare(b.sort)).map((n) => n.name) }))
    .sort((a, b) => b.count - a.count || a.need.localeCompare(b.need));
  return { covers, needs, noNeeds: covers - withNeeds };
}
