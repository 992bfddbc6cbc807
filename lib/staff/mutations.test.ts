import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { auditLog, users } from "@/db/schema";
import { isPostgres, useTestDatabase } from "@/lib/test/db";
import type { Actor } from "@/lib/audit/record";
import { addStaffMember, changeStaffRole, removeStaffMember } from "./mutations";
import { addStaffSchema } from "./schema";

const actor: Actor = { kind: "system", label: "test" };

describe("managing staff", () => {
  const t = useTestDatabase();

  it("adds a staff member with a normalised address, once", async () => {
    const input = addStaffSchema.parse({ email: "  Jane.Doe@Example.ORG ", name: "Jane Doe", role: "editor" });
    const user = await addStaffMember(t.db, actor, input);
    expect(user.email).toBe("jane.doe@example.org");
    await expect(addStaffMember(t.db, actor, { ...input, email: "jane.doe@example.org" })).rejects.toThrow(/already on the staff list/);
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(audit.map((a) => a.action)).toEqual(["staff.added"]);
  });

  it("refuses bad input with words", () => {
    const r = addStaffSchema.safeParse({ email: "not-an-address", name: "", role: "owner" });
    expect(r.success).toBe(false);
    const fields = r.success ? [] : r.error.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["email", "name", "role"]));
  });

  it("never removes or demotes the last admin", async () => {
    const admin = await addStaffMember(t.db, actor, { email: "only-admin@example.org", name: "Only Admin", role: "admin" });
    await expect(changeStaffRole(t.db, actor, admin.id, "editor")).rejects.toThrow(/at least one admin/);
    await expect(removeStaffMember(t.db, actor, admin.id)).rejects.toThrow(/at least one admin/);
    const second = await addStaffMember(t.db, actor, { email: "second-admin@example.org", name: "Second Admin", role: "admin" });
    await changeStaffRole(t.db, actor, admin.id, "viewer");
    await expect(removeStaffMember(t.db, actor, second.id)).rejects.toThrow(/at least one admin/);
    await removeStaffMember(t.db, actor, admin.id);
    expect(await t.db.select().from(users).where(eq(users.id, admin.id))).toEqual([]);
  });

  it.skipIf(!isPostgres())("keeps one admin when two admins demote each other at once", async () => {
    const a = await addStaffMember(t.db, actor, { email: "race-a@example.org", name: "A", role: "admin" });
    const b = await addStaffMember(t.db, actor, { email: "race-b@example.org", name: "B", role: "admin" });
    // Every other admin from earlier tests steps down first.
    for (const u of await t.db.select().from(users).where(eq(users.role, "admin"))) {
      if (u.id !== a.id && u.id !== b.id) await changeStaffRole(t.db, actor, u.id, "viewer");
    }
    const other = openDatabase({ driver: "postgres", url: t.handle.url!, max: 2 });
    try {
      const results = await Promise.allSettled([changeStaffRole(t.db, actor, a.id, "viewer"), changeStaffRole(other.db, actor, b.id, "viewer")]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(await t.db.select().from(users).where(eq(users.role, "admin"))).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
