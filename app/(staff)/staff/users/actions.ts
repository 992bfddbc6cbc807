"use server";

import { revalidatePath } from "next/cache";
import { signOutEveryoneElse } from "@/lib/auth/mutations";
import { signOutEveryoneSchema } from "@/lib/auth/schema";
import { addStaffMember, changeStaffRole, removeStaffMember } from "@/lib/staff/mutations";
import { addStaffSchema, changeRoleSchema, removeStaffSchema } from "@/lib/staff/schema";
import { staffAction } from "@/lib/safe-action";

export const addStaff = staffAction("admin", addStaffSchema, async (input, { db, actor }) => {
  const user = await addStaffMember(db, actor, input);
  revalidatePath("/staff/users");
  return { ok: true, message: `${user.name ?? user.email} can now sign in as ${input.role}.` };
});

export const changeRole = staffAction("admin", changeRoleSchema, async (input, { db, actor }) => {
  await changeStaffRole(db, actor, input.userId, input.role);
  revalidatePath("/staff/users");
  return { ok: true, message: "Role changed." };
});

export const removeStaff = staffAction("admin", removeStaffSchema, async (input, { db, actor }) => {
  await removeStaffMember(db, actor, input.userId);
  revalidatePath("/staff/users");
  return { ok: true, message: "Removed from the staff list." };
});

export const signOutEveryone = staffAction("admin", signOutEveryoneSchema, async (_input, { db, actor, staff }) => {
  const { people } = await signOutEveryoneElse(db, { kind: "staff", id: staff.id, label: actor.label });
  revalidatePath("/staff/users");
  const who = people === 1 ? "1 person was" : `${people} people were`;
  return { ok: true, message: people === 0 ? "Nobody else was signed in." : `${who} signed out. They sign in again with a new link.` };
});
