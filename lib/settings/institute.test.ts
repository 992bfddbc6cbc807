import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { useTestDatabase } from "@/lib/test/db";
import { settings } from "@/db/schema";
import { DEFAULT_INSTITUTE, resolveInstitute } from "./institute";
import { getInstitute } from "./queries";

describe("institute settings", () => {
  const t = useTestDatabase();

  it("falls back to the defaults when nothing is stored", async () => {
    expect(await getInstitute(t.db)).toEqual(DEFAULT_INSTITUTE);
  });

  it("uses stored words over the defaults", async () => {
    await t.db.insert(settings).values({ key: "institute", value: { name: "Geneva Policy Centre", shortName: "GPC" } });
    const institute = await getInstitute(t.db);
    expect(institute.name).toBe("Geneva Policy Centre");
    expect(institute.postalAddress).toBe(DEFAULT_INSTITUTE.postalAddress);
    await t.db.execute(sql`delete from settings`);
  });

  it("ignores a malformed stored value rather than breaking pages", () => {
    expect(resolveInstitute({ name: "" })).toEqual(DEFAULT_INSTITUTE);
    expect(resolveInstitute("nonsense")).toEqual(DEFAULT_INSTITUTE);
  });

  it("keeps the good settings when one stored value is bad", () => {
    const resolved = resolveInstitute({ name: "", shortName: "GPC", senderEmail: "events@gpc.example", reminderHoursBefore: -3, logoAssetId: "not-an-id" });
    expect(resolved).toMatchObject({ name: DEFAULT_INSTITUTE.name, shortName: "GPC", senderEmail: "events@gpc.example" });
    expect(resolved.reminderHoursBefore).toBeUndefined();
    expect(resolved.logoAssetId).toBeUndefined();
  });
});
