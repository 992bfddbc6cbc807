import { eq, sql } from "drizzle-orm";
import { settings } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import { isValidTimeZone } from "@/lib/events/time";

// The institute's own time zone: where a new event starts before it has a
// venue, and the zone staff think in. One key in the settings table.

export const INSTITUTE_TIME_ZONE_KEY = "institute.timeZone";
export const DEFAULT_INSTITUTE_TIME_ZONE = "America/New_York";

/** The stored value when it is a zone this runtime knows, else the default. */
export function resolveInstituteTimeZone(stored: unknown): string {
  return typeof stored === "string" && isValidTimeZone(stored) ? stored : DEFAULT_INSTITUTE_TIME_ZONE;
}

export async function getInstituteTimeZone(db: Db): Promise<string> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, INSTITUTE_TIME_ZONE_KEY));
  return resolveInstituteTimeZone(row?.value);
}

/** Stores the zone (an IANA name such as "Europe/Vienna"); anything else is refused in words. */
export async function setInstituteTimeZone(db: Db, actor: Actor, timeZone: string): Promise<void> {
  const zone = timeZone.trim();
  if (!isValidTimeZone(zone)) throw new DomainError("Choose a time zone from the list, such as America/New_York.", "timeZone");
  await db.transaction(async (tx) => {
    const before = await getInstituteTimeZone(tx);
    await tx
      .insert(settings)
      .values({ key: INSTITUTE_TIME_ZONE_KEY, value: zone })
      .onConflictDoUpdate({ target: settings.key, set: { value: zone, updatedAt: sql`now()` } });
    await recordAudit(tx, actor, { action: "settings.changed", entityType: "setting", entityId: INSTITUTE_TIME_ZONE_KEY, before: { timeZone: before }, after: { timeZone: zone } });
  });
}
