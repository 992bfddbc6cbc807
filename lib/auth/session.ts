import "server-only";
import { headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { auth } from "./index";
import { hasRole, STAFF_ROLES, type StaffRole } from "./roles";
import type { Actor } from "@/lib/audit/record";

export type Staff = { id: string; email: string; name: string | null; role: StaffRole };

/** The signed-in staff member for this request, or null. Read once per request. */
export const getCurrentStaff = cache(async (): Promise<Staff | null> => {
  const session = await auth();
  const user = session?.user;
  if (!user?.id || !user.email || !user.role || !STAFF_ROLES.includes(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name ?? null, role: user.role };
});

/**
 * Every staff page and action calls this. Anonymous visitors go to sign in
 * (and come back); signed-in staff without the role get the 403 page.
 */
export async function requireStaff(role: StaffRole = "viewer"): Promise<Staff> {
  const staff = await getCurrentStaff();
  if (!staff) {
    const path = (await headers()).get("x-convene-path") ?? "/staff";
    redirect(`/sign-in?${new URLSearchParams({ callbackUrl: path })}`);
  }
  if (!hasRole(staff.role, role)) forbidden();
  return staff;
}

export function staffActor(staff: Staff): Actor {
  return { kind: "staff", id: staff.id, label: staff.name ?? staff.email };
}
