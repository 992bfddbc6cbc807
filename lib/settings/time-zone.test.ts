import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { auditLog, settings } from "@/db/schema";
import { useTestDatabase } from "@/lib/test/db";
import { DEFAULT_INSTITUTE_TIME_ZONE, getInstituteTimeZone, INSTITUTE_TIME_ZONE_KEY, resolveInstituteTimeZone, setInstituteTimeZone } from "./time-zone";

const admin = { kind: "system" as const, label: "test admin" };

describe("the institute's time zone", () => {
  const t = useTestDatabase();

  it("is New York until one is stored", async () => {
    expect(DEFAULT_INSTITUTE_TIME_ZONE).toBe("America/New_York");
    expect(await getInstituteTimeZone(t.db)).toBe("America/New_York");
  });

  it("stores a zone, replaces it, and records who changed it", async () => {
    await setInstituteTimeZone(t.db, admin, "Europe/Vienna");
    expect(await getInstituteTimeZone(t.db)).toBe("Europe/Vienna");
    await setInstituteTimeZone(t.db, admin, " Asia/Bahrain ");
    expect(await getInstituteTimeZone(t.db)).toBe("Asia/Bahrain");
    const rows = await t.db.select().from(settings).where(eq(settings.key, INSTITUTE_TIME_ZONE_KEY));
    expect(rows).toHaveLength(1);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, INSTITUTE_TIME_ZONE_KEY));
    expect(audit.map((a) => a.after)).toEqual([{ timeZone: "Europe/Vienna" }, { timeZone: "Asia/Bahrain" }]);
    await t.db.execute(sql`delete from settings`);
  });

  it("refuses a zone that does not exist, in words, and keeps the old one", async () => {
    await expect(setInstituteTimeZone(t.db, admin, "Mars/Olympus_Mons")).rejects.toThrow(/Choose a time zone/);
    await expect(setInstituteTimeZone(t.db, admin, "")).rejects.toThrow(/Choose a time zone/);
    expect(await getInstituteTimeZone(t.db)).toBe("America/New_York");
  });

  it("falls back to the default when the stored value is not a zone", () => {
    expect(resolveInstituteTimeZone("Nowhere/Atlantis")).toBe("America/New_York");
    expect(resolveInstituteTimeZone(42)).toBe("America/New_York");
    expect(resolveInstituteTimeZone({ zone: "Europe/Vienna" })).toBe("America/New_York");
    expect(resolveInstituteTimeZone("Europe/Zurich")).toBe("Europe/Zurich");
  });
});
