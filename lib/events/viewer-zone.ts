import "server-only";
import { cookies } from "next/headers";
import { isValidTimeZone } from "./time";

/** The reader's own zone, as their browser told us (see components/staff/zone-cookie.tsx), or null. */
export async function viewerTimeZone(): Promise<string | null> {
  const raw = (await cookies()).get("convene-tz")?.value;
  const zone = raw ? decodeURIComponent(raw) : null;
  return zone && isValidTimeZone(zone) ? zone : null;
}
