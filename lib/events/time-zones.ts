import { isValidTimeZone, zoneAbbreviation, zonedTimeToUtc } from "./time";

// The zones offered in the event form: where the institute meets most often
// first (Geneva keeps Zurich's clock: there is no Europe/Geneva), then every zone the runtime knows.
const COMMON = ["America/New_York", "Europe/Vienna", "Asia/Bahrain", "Europe/Zurich", "Europe/Brussels", "Africa/Addis_Ababa", "Africa/Nairobi", "UTC"];

export function timeZoneOptions(current?: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const list = [...COMMON, ...all.filter((z) => !COMMON.includes(z))];
  return current && !list.includes(current) ? [current, ...list] : list;
}

/** A zone as a person reads it: "America/New York". */
export const timeZoneLabel = (zone: string) => zone.replaceAll("_", " ");

/** The city a zone is named after: "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export const zoneCity = (zone: string) => (zone.split("/").at(-1) ?? zone).replaceAll("_", " ");

/**
 * Beside an event's time fields: "Times in New York (EST)", the abbreviation
 * as it stands on `at` (the event's start when known, so summer reads EDT).
 */
export function timesInCaption(zone: string, at: Date): string {
  if (!isValidTimeZone(zone)) return "Choose a time zone";
  if (zone === "UTC") return "Times in UTC";
  return `Times in ${zoneCity(zone)} (${zoneAbbreviation(at, zone)})`;
}

/** The instant a datetime-local value names in a zone, or null while it is incomplete. */
export function localInputInstant(local: string | undefined, zone: string): Date | null {
  if (!local || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(local) || !isValidTimeZone(zone)) return null;
  return zonedTimeToUtc(local.slice(0, 16), zone);
}
