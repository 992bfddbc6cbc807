// The zones offered in the event form: where the institute meets most often
// first, then every zone the runtime knows.
const COMMON = ["America/New_York", "Europe/Vienna", "Asia/Bahrain", "Europe/Geneva", "Europe/Brussels", "Africa/Addis_Ababa", "Africa/Nairobi", "UTC"];

export function timeZoneOptions(current?: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const list = [...COMMON, ...all.filter((z) => !COMMON.includes(z))];
  return current && !list.includes(current) ? [current, ...list] : list;
}

/** A zone as a person reads it: "America/New York". */
export const timeZoneLabel = (zone: string) => zone.replaceAll("_", " ");
