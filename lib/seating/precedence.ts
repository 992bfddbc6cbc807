import { PRECEDENCE_CLASSES } from "@/db/enum-values";

// Diplomatic precedence for an event's guests: by class (highest first), heads
// of mission by the date they presented credentials (earlier first, unknown
// after known), then a stable tie-break so the same list always comes out in
// the same order. Staff may set their own order for one event; see
// applyOverride. Pure: no I/O, the easiest rules to test.

export type PrecedenceClass = (typeof PRECEDENCE_CLASSES)[number];
export { PRECEDENCE_CLASSES };

export type Ranked = {
  id: string;
  givenName: string;
  familyName: string;
  precedenceClass: PrecedenceClass | null;
  /** ISO date (yyyy-mm-dd) the person presented credentials, when known. */
  credentialsDate: string | null;
  /** Staff's own place for this event (1 first); null follows precedence. */
  precedenceOverride?: number | null;
};

/** Classes whose members rank among themselves by date of credentials: heads of mission and their deputies. */
export const BY_CREDENTIALS: ReadonlySet<PrecedenceClass> = new Set(["ambassador", "charge_d_affaires", "deputy_permanent_representative"]);

export function precedenceClassLabel(c: PrecedenceClass, count = 1): string {
  const many = count !== 1;
  switch (c) {
    case "head_of_state_or_government":
      return many ? "Heads of state or government" : "Head of state or government";
    case "deputy_head_or_foreign_minister":
      return many ? "Deputy heads of government or foreign ministers" : "Deputy head of government or foreign minister";
    case "minister":
      return many ? "Ministers" : "Minister";
    case "un_secretary_general":
      return "UN Secretary-General";
    case "ambassador":
      return many ? "Ambassadors and permanent representatives" : "Ambassador or permanent representative";
    case "state_secretary":
      return many ? "State secretaries" : "State secretary";
    case "head_of_international_organization":
      return many ? "Heads of international organizations" : "Head of an international organization";
    case "charge_d_affaires":
      return many ? "Chargés d'affaires" : "Chargé d'affaires";
    case "deputy_permanent_representative":
      return many ? "Deputy permanent representatives" : "Deputy permanent representative";
    case "other_official":
      return many ? "Other officials" : "Other official";
    case "academic_or_civil_society":
      return many ? "Academics and civil society" : "Academic or civil society";
    case "staff":
      return "Staff";
    default:
      return c satisfies never;
  }
}

/** A short word for a class in explanations: "Minister before ambassador". */
function shortLabel(c: PrecedenceClass | null): string {
  if (c === null) return "no rank recorded";
  switch (c) {
    case "head_of_state_or_government":
      return "head of state or government";
    case "deputy_head_or_foreign_minister":
      return "deputy head or foreign minister";
    case "minister":
      return "minister";
    case "un_secretary_general":
      return "UN Secretary-General";
    case "ambassador":
      return "ambassador";
    case "state_secretary":
      return "state secretary";
    case "head_of_international_organization":
      return "head of an international organization";
    case "charge_d_affaires":
      return "chargé d'affaires";
    case "deputy_permanent_representative":
      return "deputy permanent representative";
    case "other_official":
      return "other official";
    case "academic_or_civil_society":
      return "academic or civil society";
    case "staff":
      return "staff";
    default:
      return c satisfies never;
  }
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Where a class stands, 0 highest. A person with no rank recorded stands
 * after every official rank and before the institute's own staff.
 */
export function classRank(c: PrecedenceClass | null): number {
  if (c === null) return PRECEDENCE_CLASSES.indexOf("staff") - 0.5;
  return PRECEDENCE_CLASSES.indexOf(c);
}

export type Comparison = { order: number; reason: string };

const collator = new Intl.Collator("en", { sensitivity: "base" });

/** How a and b compare by precedence alone (no staff override), and why, in words. */
export function comparePrecedence(a: Ranked, b: Ranked): Comparison {
  const ra = classRank(a.precedenceClass);
  const rb = classRank(b.precedenceClass);
  if (ra !== rb) {
    const [first, second] = ra < rb ? [a, b] : [b, a];
    return { order: ra < rb ? -1 : 1, reason: `${capitalize(shortLabel(first.precedenceClass))} before ${shortLabel(second.precedenceClass)}` };
  }
  if (a.precedenceClass && BY_CREDENTIALS.has(a.precedenceClass)) {
    const da = a.credentialsDate;
    const db = b.credentialsDate;
    const plural = `${capitalize(precedenceClassLabel(a.precedenceClass, 2))} by date of credentials`;
    if (da && db && da !== db) return { order: da < db ? -1 : 1, reason: plural };
    if (da && !db) return { order: -1, reason: `${plural}; a known date before an unknown one` };
    if (!da && db) return { order: 1, reason: `${plural}; a known date before an unknown one` };
  }
  const family = collator.compare(a.familyName, b.familyName);
  if (family !== 0) return { order: family, reason: "Same rank: by family name" };
  const given = collator.compare(a.givenName, b.givenName);
  if (given !== 0) return { order: given, reason: "Same rank: by given name" };
  const id = a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  return { order: id, reason: id === 0 ? "The same person" : "Same rank and name: in a fixed order" };
}

/**
 * Orders guests by precedence, then applies staff's own order for the event:
 * the guests staff placed keep, among themselves, the order staff gave them,
 * in the places precedence gives that group; a guest staff never placed (a
 * late acceptance) takes their place by precedence alone.
 */
export function byPrecedence<T extends Ranked>(list: readonly T[]): T[] {
  const natural = [...list].sort((a, b) => comparePrecedence(a, b).order);
  const placed = natural.filter((g) => g.precedenceOverride != null);
  if (placed.length === 0) return natural;
  const staffOrder = [...placed].sort((a, b) => a.precedenceOverride! - b.precedenceOverride! || comparePrecedence(a, b).order);
  let next = 0;
  return natural.map((g) => (g.precedenceOverride != null ? staffOrder[next++] : g));
}

/** Why `first` stands before `second` where byPrecedence put them so, in words. */
export function explainOrder<T extends Ranked>(first: T, second: T): string {
  const natural = comparePrecedence(first, second);
  return natural.order > 0 ? "Staff's order for this event" : natural.reason;
}

/** Each guest with the reason they stand after the one before them (null for the first). */
export function withReasons<T extends Ranked>(list: readonly T[]): { guest: T; reason: string | null }[] {
  const ordered = byPrecedence(list);
  return ordered.map((guest, i) => ({ guest, reason: i === 0 ? null : explainOrder(ordered[i - 1], guest) }));
}

/**
 * The order staff set by moving one guest: `ids` in their current order,
 * `id` moved to `to` (0-based, clamped). Returns the new override numbers, 1 first.
 */
export function moveInOrder(ids: readonly string[], id: string, to: number): Map<string, number> {
  const from = ids.indexOf(id);
  const out = [...ids];
  if (from >= 0) {
    out.splice(from, 1);
    out.splice(Math.max(0, Math.min(to, out.length)), 0, id);
  }
  return new Map(out.map((x, i) => [x, i + 1]));
}
