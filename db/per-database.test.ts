import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, useTestDatabase } from "@/lib/test/db";
import { preparedEverywhere } from "./per-database";
import { settings } from "./schema";
import type { Db } from "./types";

const test = useTestDatabase();

class Rollback extends Error {}

describe("a query prepared everywhere", () => {
  const build = vi.fn((db: Db) => db.select({ value: settings.value }).from(settings).where(eq(settings.key, sql.placeholder("key"))).prepare("setting_by_key"));
  const settingByKey = preparedEverywhere(build);
  let other: Awaited<ReturnType<typeof createTestDatabase>>;

  beforeAll(async () => {
    other = await createTestDatabase();
  });
  afterAll(async () => {
    await other?.close();
  });

  it("runs inside the transaction that asks: it sees its uncommitted writes, and the rollback takes them back", async () => {
    const db = test.db;
    expect(await settingByKey(db).execute({ key: "per-database-test" })).toEqual([]);
    await expect(
      db.transaction(async (tx) => {
        await tx.insert(settings).values({ key: "per-database-test", value: { n: 1 } });
        expect(await settingByKey(tx).execute({ key: "per-database-test" })).toEqual([{ value: { n: 1 } }]);
        throw new Rollback();
      }),
    ).rejects.toBeInstanceOf(Rollback);
    expect(await settingByKey(db).execute({ key: "per-database-test" })).toEqual([]);
  });

  it("runs on each handle's own database, though built on another's", async () => {
    await other.db.insert(settings).values({ key: "per-database-test", value: { n: 2 } });
    expect(await settingByKey(other.db).execute({ key: "per-database-test" })).toEqual([{ value: { n: 2 } }]);
    expect(await settingByKey(test.db).execute({ key: "per-database-test" })).toEqual([]);
    await other.db.transaction(async (tx) => {
      expect(await settingByKey(tx).execute({ key: "per-database-test" })).toEqual([{ value: { n: 2 } }]);
    });
  });

  it("is built once, however many transactions run it", async () => {
    for (let i = 0; i < 3; i++) await test.db.transaction(async (tx) => void (await settingByKey(tx).execute({ key: "x" })));
    expect(build).toHaveBeenCalledTimes(1);
  });
});
