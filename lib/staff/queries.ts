import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { sessions, users } from "@/db/schema";
import type { Db } from "@/db/types";

export async function listStaff(db: Db) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      createdAt: users.createdAt,
      lastSeen: sql<Date | null>`(select max(${sessions.expires}) from ${sessions} where ${sessions.userId} = "users"."id")`.mapWith(
        (v: string | Date | null) => (v ? new Date(v) : null),
      ),
    })
    .from(users)
    .orderBy(asc(users.name), asc(users.email));
}

export async function findStaffByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()));
  return row ?? null;
}
