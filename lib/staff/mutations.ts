import "server-only";
import { eq, sql } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import type { Db } from "@/db/types";
import { recordAudit, type Actor } from "@/lib/audit/record";
import { DomainError } from "@/lib/errors";
import type { StaffRole } from "@/lib/auth/roles";
import type { AddStaffInput } from "./schema";

export async function addStaffMember(db: Db, actor: Actor, input: AddStaffInput) {
  return db.transaction(async (tx) => {
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(sql`lower(${users.email})`, input.email));
    if (existing) throw new DomainError("Someone with this email address is already on the staff list.", "email");
    const [user] = await tx.insert(users).values({ email: input.email, name: input.name, role: input.role }).returning();
    await recordAudit(tx, actor, { action: "staff.added", entityType: "user", entityId: user.id, after: { email: user.email, name: user.name, role: user.role } });
    return user;
  });
}

/**
 * Locks every admin row, so two admins demoting each other at the same
 * moment cannot leave the institute with none.
 */
async function assertAnotherAdminRemains(tx: Db, userId: string) {
  const admins = await tx.select({ id: users.id }).from(users).where(eq(users.role, "admin")).for("update");
  if (admins.length <= 1 && admins.some((a) => a.id === userId)) {
    throw new DomainError("Convene needs at least one admin. Make someone else an admin first.");
  }
}

export async function changeStaffRole(db: Db, actor: Actor, userId: string, role: StaffRole) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!before) throw new DomainError("That staff member no longer exists.");
    if (before.role === role) return before;
    if (before.role === "admin") await assertAnotherAdminRemains(tx, userId);
    const [after] = await tx.update(users).set({ role }).where(eq(users.id, userId)).returning();
    await recordAudit(tx, actor, { action: "staff.role_changed", entityType: "user", entityId: userId, before: { role: before.role }, after: { role } });
    return after;
  });
}

export async function removeStaffMember(db: Db, actor: Actor, userId: string) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(users).where(eq(users.id, userId)).for("update");
    if (!before) throw new DomainError("That staff member no longer exists.");
    if (before.role === "admin") await assertAnotherAdminRemains(tx, userId);
    // Their sessions end with them; records they wrote keep their name through the audit log.
    await tx.delete(sessions).where(eq(sessions.userId, userId));
    await tx.delete(users).where(eq(users.id, userId));
    await recordAudit(tx, actor, { action: "staff.removed", entityType: "user", entityId: userId, before: { email: before.email, name: before.name, role: before.role } });
  });
}
